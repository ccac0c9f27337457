package jp.isms.web.riskmethod;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import jp.isms.organisation.domain.Role;
import jp.isms.riskmethod.application.MethodDraft;
import jp.isms.riskmethod.application.MethodView;
import jp.isms.riskmethod.application.RiskMethods;
import jp.isms.riskmethod.domain.Acceptor;
import jp.isms.riskmethod.domain.MethodKind;
import jp.isms.riskmethod.domain.RequiredAction;
import jp.isms.web.faces.Ui;
import jp.isms.web.security.CurrentUser;

/**
 * The current and past method versions, and the CISO's draft of the next one: kind, scale and, per level, the
 * threshold, the required action and who accepts. Publishing checks the table on the server (messages in the
 * user's language) and deploys it as the engine's decision; no existing assessment changes.
 */
@Named
@ViewScoped
public class RiskMethodPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    RiskMethods methods;

    private List<MethodView> versions = List.of();
    private MethodKind kind = MethodKind.MULTIPLICATIVE;
    private int scale;
    private List<EditableLevel> levels = new ArrayList<>();
    private String note;

    /** One row of the draft table, editable in place. */
    public static class EditableLevel implements Serializable {
        private static final long serialVersionUID = 1L;
        private final jp.isms.risk.domain.RiskLevel level;
        private Integer fromScore;
        private RequiredAction action;
        private Acceptor acceptor;

        EditableLevel(MethodDraft.Level l) {
            this.level = l.level();
            this.fromScore = l.fromScore();
            this.action = l.action();
            this.acceptor = l.acceptor();
        }

        MethodDraft.Level draft() {
            return new MethodDraft.Level(level, fromScore, action, acceptor);
        }

        public jp.isms.risk.domain.RiskLevel getLevel() {
            return level;
        }

        public Integer getFromScore() {
            return fromScore;
        }

        public void setFromScore(Integer fromScore) {
            this.fromScore = fromScore;
        }

        public RequiredAction getAction() {
            return action;
        }

        public void setAction(RequiredAction action) {
            this.action = action;
        }

        public Acceptor getAcceptor() {
            return acceptor;
        }

        public void setAcceptor(Acceptor acceptor) {
            this.acceptor = acceptor;
        }
    }

    public void load() {
        Ui.attempt(() -> {
            versions = methods.list(currentUser.actor());
            if (!versions.isEmpty()) {
                MethodView current = versions.get(0);
                startFrom(new MethodDraft(current.kind(), current.scale(), current.levels().stream()
                        .map(l -> new MethodDraft.Level(l.level(), l.fromScore(), l.action(), l.acceptor())).toList(), null));
            } else {
                startFrom(MethodDraft.defaults(kind));
            }
        });
    }

    /** Choosing another kind starts from that kind's usual table. */
    public void kindChanged() {
        startFrom(MethodDraft.defaults(kind));
    }

    public void publish() {
        MethodDraft draft = new MethodDraft(kind, scale, levels.stream().map(EditableLevel::draft).toList(), note);
        MethodView[] published = new MethodView[1];
        if (Ui.attempt(() -> published[0] = methods.publish(currentUser.actor(), draft))) {
            Ui.info("method.published", published[0].version());
            note = null;
            versions = methods.list(currentUser.actor());
        }
    }

    private void startFrom(MethodDraft draft) {
        kind = draft.kind();
        scale = draft.scale();
        levels = new ArrayList<>(draft.levels().stream().map(EditableLevel::new).toList());
    }

    public boolean isCiso() {
        return currentUser.actor().has(Role.CISO);
    }

    /** The score range of the draft's kind and scale, as a hint next to the thresholds. */
    public String getRange() {
        return kind.minScore(scale) + "–" + kind.maxScore(scale);
    }

    public MethodKind[] getKinds() {
        return MethodKind.values();
    }

    public RequiredAction[] getActions() {
        return RequiredAction.values();
    }

    public Acceptor[] getAcceptors() {
        return Acceptor.values();
    }

    public List<MethodView> getVersions() {
        return versions;
    }

    public MethodKind getKind() {
        return kind;
    }

    public void setKind(MethodKind kind) {
        this.kind = kind;
    }

    public int getScale() {
        return scale;
    }

    public void setScale(int scale) {
        this.scale = scale;
    }

    public List<EditableLevel> getLevels() {
        return levels;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
