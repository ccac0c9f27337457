package jp.isms.risk.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import jp.isms.organisation.application.Actor;
import jp.isms.organisation.domain.AppUser;
import jp.isms.organisation.domain.Company;
import jp.isms.organisation.domain.Department;
import jp.isms.organisation.domain.Role;
import jp.isms.organisation.domain.UserRepository;
import jp.isms.shared.domain.IsmsException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Who decides on the risks of a department, and whose proposals a reader sees. */
class RiskOwnersTest {

    private static final RiskOwners OWNERS = new RiskOwners();

    @BeforeAll
    static void users() {
        Company company = new Company("株式会社テスト", "Test");
        Department it = new Department(company, "IT", "情報システム部", "IT");
        AppUser itHead = new AppUser("it.head", "高橋", null, it, EnumSet.of(Role.DEPT_HEAD), "Initial-Pass-2026", false);
        AppUser loneHead = new AppUser("lone.head", "無所属", null, null, EnumSet.of(Role.DEPT_HEAD), "Initial-Pass-2026", false);
        OWNERS.users = new UserRepository() {
            @Override
            public Optional<AppUser> findByUsername(String username) {
                return List.of(itHead, loneHead).stream().filter(u -> u.getUsername().equals(username)).findFirst();
            }

            @Override
            public List<AppUser> findAll() {
                return List.of(itHead, loneHead);
            }

            @Override
            public long count() {
                return 2;
            }

            @Override
            public void add(AppUser user) {
                throw new UnsupportedOperationException();
            }
        };
    }

    private static Actor actor(String username, Role... roles) {
        return new Actor(username, username, Set.of(roles), Locale.JAPANESE, false);
    }

    @Test
    void theOfficeDecidesForEveryDepartmentAHeadForTheirOwnOnly() {
        assertThat(OWNERS.mayDecide(actor("office", Role.ISMS_OFFICE), "SALES")).isTrue();
        assertThat(OWNERS.mayDecide(actor("office", Role.ISMS_OFFICE), null)).isTrue();
        assertThat(OWNERS.mayDecide(actor("it.head", Role.DEPT_HEAD), "IT")).isTrue();
        assertThat(OWNERS.mayDecide(actor("it.head", Role.DEPT_HEAD), " it ")).isTrue();
        assertThat(OWNERS.mayDecide(actor("it.head", Role.DEPT_HEAD), "SALES")).isFalse();
        assertThat(OWNERS.mayDecide(actor("it.head", Role.DEPT_HEAD), null)).isFalse();
        assertThat(OWNERS.mayDecide(actor("lone.head", Role.DEPT_HEAD), "IT")).isFalse();
        // the role decides, not the department alone: the CISO of IT is not IT's risk owner here
        assertThat(OWNERS.mayDecide(actor("it.head", Role.CISO), "IT")).isFalse();

        IsmsException refused = catchThrowableOfType(IsmsException.class,
                () -> OWNERS.requireDecider(actor("it.head", Role.DEPT_HEAD), "SALES"));
        assertThat(refused.kind()).isEqualTo(IsmsException.Kind.FORBIDDEN);
        assertThat(refused.arguments()).containsExactly("SALES");
    }

    @Test
    void aHeadReadsTheirDepartmentCompanyWideRolesReadAllEmployeesNothing() {
        assertThat(OWNERS.limitedTo(actor("it.head", Role.DEPT_HEAD))).contains("IT");
        assertThat(OWNERS.limitedTo(actor("lone.head", Role.DEPT_HEAD))).contains("");
        assertThat(OWNERS.limitedTo(actor("auditor", Role.INTERNAL_AUDITOR))).isEmpty();
        assertThat(OWNERS.limitedTo(actor("it.head", Role.DEPT_HEAD, Role.ISMS_OFFICE))).isEmpty();
        assertThat(catchThrowableOfType(IsmsException.class, () -> OWNERS.requireReader(actor("e", Role.EMPLOYEE)))
                .kind()).isEqualTo(IsmsException.Kind.FORBIDDEN);
    }
}
