package jp.isms.risk.infrastructure;

import static jp.isms.processes.RiskAssessmentApproval.*;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import jp.isms.organisation.domain.Role;
import jp.isms.organisation.domain.UserRepository;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * Who confirms a department's risks in {@code risk-assessment-approval}: the multi-instance collection of
 * department codes, and, when each department task is created, its candidates. A department's heads get it
 * through their department's group; a department without an enabled head (or risks without a department) goes
 * to the CISO, the next level of acceptance, and the task says so.
 */
@ApplicationScoped
@Named(BEAN_RISK_OWNERS)
public class RiskOwners implements TaskListener {

    @Inject
    UserRepository users;

    public List<String> departments(String commaSeparated) {
        return commaSeparated == null ? List.of()
                : Arrays.stream(commaSeparated.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    @Override
    public void notify(DelegateTask task) {
        String department = (String) task.getVariable(VAR_DEPARTMENT);
        boolean hasHead = !NO_DEPARTMENT.equals(department) && users.findAll().stream()
                .anyMatch(u -> u.isEnabled() && u.hasRole(Role.DEPT_HEAD) && u.getDepartment() != null
                        && department.equals(u.getDepartment().getCode()));
        if (hasHead) {
            task.addCandidateGroup(Role.departmentHeadGroup(department));
        } else {
            task.addCandidateGroup(GROUP_RISK_OWNER_FALLBACK);
        }
        task.setVariableLocal(VAR_RISK_OWNER_FALLBACK, !hasHead);
    }
}
