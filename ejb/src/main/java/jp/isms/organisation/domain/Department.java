package jp.isms.organisation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.Locale;

/** A department: the unit that owns assets and risks and whose head is the risk owner. */
@Entity
@Table(name = "department")
public class Department {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "isms_seq")
    @SequenceGenerator(name = "isms_seq", sequenceName = "isms_seq", allocationSize = 50)
    private Long id;

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

    public Long getId() {
        return id;
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
