package jp.isms.asset.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;
import java.util.regex.Pattern;
import jp.isms.shared.domain.Identified;
import jp.isms.shared.domain.IsmsException;

/**
 * One line of the inventory. Its asset number is its identity within the inventory; the asset value is
 * stored, not computed in queries, so the database can sort and filter on it, and recomputed whenever the
 * C/I/A values change. The field checks are public so that an import can check each cell on its own and
 * report every broken cell of a row, not just the first.
 */
@Entity
@Table(name = "asset")
public class Asset extends Identified {

    /** A prefix of one to five capital letters, a hyphen and three to eight digits: {@code A-00001}. */
    private static final Pattern NUMBER = Pattern.compile("[A-Z]{1,5}-[0-9]{3,8}");
    /** The user names of {@code AppUser}. */
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");
    private static final Pattern DEPARTMENT_CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,31}");
    public static final int NAME_MAX = 200;
    public static final int LOCATION_MAX = 200;

    @Column(name = "asset_no", nullable = false, updatable = false)
    private String assetNo;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "asset_type", nullable = false)
    private AssetType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Classification classification;

    @Column(nullable = false)
    private int confidentiality;

    @Column(nullable = false)
    private int integrity;

    @Column(nullable = false)
    private int availability;

    @Column(name = "asset_value", nullable = false)
    private int assetValue;

    @Column(name = "owner_username", nullable = false)
    private String owner;

    @Column(name = "department_code", nullable = false)
    private String departmentCode;

    private String location;

    @Version
    @Column(name = "lock_version", nullable = false)
    private long lockVersion;

    /** For JPA. */
    protected Asset() {
    }

    public Asset(String assetNo, AssetChange values, AssetValuation valuation) {
        String number = checkNumber(assetNo);
        apply(values, valuation);
        this.assetNo = number;
    }

    /** Checks everything first and only then assigns, so a refused change leaves the asset as it was. */
    public void apply(AssetChange change, AssetValuation valuation) {
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(valuation, "valuation");
        String newName = checkName(change.name());
        AssetType newType = required(change.type(), "asset.type");
        Classification newClassification = required(change.classification(), "asset.classification");
        int newValue = valuation.value(change.confidentiality(), change.integrity(), change.availability());
        String newOwner = checkOwner(change.owner());
        String newDepartment = checkDepartmentCode(change.departmentCode());
        String newLocation = checkLocation(change.location());
        this.name = newName;
        this.type = newType;
        this.classification = newClassification;
        this.confidentiality = change.confidentiality();
        this.integrity = change.integrity();
        this.availability = change.availability();
        this.assetValue = newValue;
        this.owner = newOwner;
        this.departmentCode = newDepartment;
        this.location = newLocation;
    }

    public AssetChange values() {
        return new AssetChange(name, type, classification, confidentiality, integrity, availability, owner,
                departmentCode, location);
    }

    public static String checkNumber(String value) {
        String number = requiredText(value, "asset.assetNo");
        if (!NUMBER.matcher(number).matches()) {
            throw IsmsException.invalid("asset.assetNo.invalid", number);
        }
        return number;
    }

    public static String checkName(String value) {
        return limited(requiredText(value, "asset.name"), "asset.name", NAME_MAX);
    }

    public static String checkOwner(String value) {
        String owner = requiredText(value, "asset.owner");
        if (!USERNAME.matcher(owner).matches()) {
            throw IsmsException.invalid("asset.owner.invalid", owner);
        }
        return owner;
    }

    public static String checkDepartmentCode(String value) {
        String code = requiredText(value, "asset.department");
        if (!DEPARTMENT_CODE.matcher(code).matches()) {
            throw IsmsException.invalid("asset.department.invalid", code);
        }
        return code;
    }

    /** The location is optional (a service or a person has none); blank means none. */
    public static String checkLocation(String value) {
        return value == null || value.isBlank() ? null : limited(value.strip(), "asset.location", LOCATION_MAX);
    }

    private static <T> T required(T value, String field) {
        if (value == null) {
            throw IsmsException.invalid("validation.required", field);
        }
        return value;
    }

    private static String requiredText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw IsmsException.invalid("validation.required", field);
        }
        return value.strip();
    }

    private static String limited(String value, String field, int max) {
        if (value.codePointCount(0, value.length()) > max) {
            throw IsmsException.invalid("asset.textTooLong", field, max);
        }
        return value;
    }

    public String getAssetNo() {
        return assetNo;
    }

    public String getName() {
        return name;
    }

    public AssetType getType() {
        return type;
    }

    public Classification getClassification() {
        return classification;
    }

    public int getConfidentiality() {
        return confidentiality;
    }

    public int getIntegrity() {
        return integrity;
    }

    public int getAvailability() {
        return availability;
    }

    public int getAssetValue() {
        return assetValue;
    }

    public String getOwner() {
        return owner;
    }

    public String getDepartmentCode() {
        return departmentCode;
    }

    public String getLocation() {
        return location;
    }

    @Override
    public String toString() {
        return assetNo + " " + name;
    }
}
