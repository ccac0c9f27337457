package jp.isms.governance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jp.isms.shared.domain.Identified;
import jp.isms.shared.domain.Texts;

/** An interested party, what it requires of the ISMS, and how the ISMS meets it (4.2). */
@Entity
@Table(name = "interested_party")
public class InterestedParty extends Identified {

    @Column(nullable = false)
    private String name;

    @Column(nullable = false, length = 2000)
    private String requirements;

    @Column(name = "how_addressed", length = 2000)
    private String howAddressed;

    @Version
    @Column(name = "lock_version", nullable = false)
    private long lockVersion;

    protected InterestedParty() {
    }

    public InterestedParty(String name, String requirements, String howAddressed) {
        apply(name, requirements, howAddressed);
    }

    public void apply(String name, String requirements, String howAddressed) {
        this.name = Texts.required(name, "context.party.name", 200);
        this.requirements = Texts.required(requirements, "context.party.requirements", 2000);
        this.howAddressed = Texts.optional(howAddressed, "context.party.howAddressed", 2000);
    }

    public String getName() {
        return name;
    }

    public String getRequirements() {
        return requirements;
    }

    public String getHowAddressed() {
        return howAddressed;
    }

    public long getLockVersion() {
        return lockVersion;
    }
}
