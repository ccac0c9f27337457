package jp.isms.review.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Who attended the meeting and in which role (e.g. 代表取締役, CISO, ISMS事務局). */
@Embeddable
public class Attendee {

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String role;

    protected Attendee() {
    }

    public Attendee(String name, String role) {
        this.name = name;
        this.role = role;
    }

    public String getName() {
        return name;
    }

    public String getRole() {
        return role;
    }
}
