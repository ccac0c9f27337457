package jp.isms.organisation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;
import jp.isms.organisation.domain.AppUser;
import jp.isms.organisation.domain.Department;
import jp.isms.organisation.domain.DepartmentRepository;
import jp.isms.organisation.domain.Role;
import jp.isms.organisation.domain.UserRepository;
import jp.isms.shared.domain.IsmsException;

/** The administrator's work on accounts. Every method checks the administrator role itself. */
@ApplicationScoped
@Transactional
public class UserAdministration {

    @Inject
    UserRepository users;

    @Inject
    DepartmentRepository departments;

    public record NewUser(String username, String displayName, String email, String departmentCode, Set<Role> roles,
            String initialPassword) {
    }

    public record UserSummary(String username, String displayName, String email, String departmentCode,
            Set<Role> roles, boolean enabled, boolean mustChangePassword) implements java.io.Serializable {
    }

    public List<UserSummary> list(Actor actor) {
        actor.require(Role.ADMIN);
        return users.findAll().stream().map(UserAdministration::summary).toList();
    }

    /** A department as forms offer it. */
    public record DepartmentOption(String code, String name, String nameEn) implements java.io.Serializable {
    }

    public List<DepartmentOption> departments() {
        return departments.findAll().stream().map(d -> new DepartmentOption(d.getCode(), d.getName(),
                d.nameIn(java.util.Locale.ENGLISH))).toList();
    }

    public UserSummary create(Actor actor, NewUser request) {
        actor.require(Role.ADMIN);
        if (request.username() != null && users.findByUsername(request.username().trim()).isPresent()) {
            throw IsmsException.conflict("user.username.taken", request.username());
        }
        Department department = null;
        if (request.departmentCode() != null && !request.departmentCode().isBlank()) {
            department = departments.findByCode(request.departmentCode())
                    .orElseThrow(() -> IsmsException.invalid("user.department.unknown", request.departmentCode()));
        }
        AppUser user = new AppUser(request.username() == null ? null : request.username().trim(), request.displayName(),
                request.email(), department, request.roles(), request.initialPassword(), true);
        users.add(user);
        return summary(user);
    }

    public void resetPassword(Actor actor, String username, String temporaryPassword) {
        actor.require(Role.ADMIN);
        users.findByUsername(username).orElseThrow(() -> IsmsException.notFound("error.userUnknown", username))
                .resetPassword(temporaryPassword);
    }

    private static UserSummary summary(AppUser u) {
        return new UserSummary(u.getUsername(), u.getDisplayName(), u.getEmail(),
                u.getDepartment() == null ? null : u.getDepartment().getCode(), u.getRoles(), u.isEnabled(),
                u.isMustChangePassword());
    }
}
