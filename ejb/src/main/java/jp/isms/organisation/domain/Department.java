package jp.isms.organisation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jp.isms.shared.domain.Identified;
import java.util.Locale;

/** A department: the unit that owns assets and risks and whose head is the risk owner. */
@Entity
@Table(name = "department")
public class Department extends Identified {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "company_id")
    private Company company;

    @Column(nullable = false)
    private String code;

    @Column(nullable = false)
    private String name;

    @Column(name = "name_en")
    private String nameEn;

    protected Department() {
    }

    public Department(Company company, String code, String name, String nameEn) {
        this.company = company;
        this.code = code;
        this.name = name;
        this.nameEn = nameEn;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String nameIn(Locale locale) {
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) && nameEn != null ? nameEn : name;
    }
}
