package jp.isms.organisation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jp.isms.shared.domain.Identified;

/** The organisation seeking certification. */
@Entity
@Table(name = "company")
public class Company extends Identified {

    @Column(nullable = false)
    private String name;

    @Column(name = "name_en")
    private String nameEn;

    protected Company() {
    }

    public Company(String name, String nameEn) {
        this.name = name;
        this.nameEn = nameEn;
    }

    public String getName() {
        return name;
    }

    public String getNameEn() {
        return nameEn;
    }
}
