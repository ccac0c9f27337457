package jp.isms.shared.domain;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.SequenceGenerator;

/**
 * The surrogate id every entity has, from one database sequence that allocates in blocks of 50:
 * the same on H2 and PostgreSQL, and safe with several nodes on one database.
 */
@MappedSuperclass
public abstract class Identified {

    /**
     * How many ids one sequence value stands for. Hibernate's pooled optimizer takes a value v as the block
     * v − 49 … v; bulk writers that bypass JPA allocate the same way, so ids never collide.
     */
    public static final int ID_BLOCK = 50;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "isms_seq")
    @SequenceGenerator(name = "isms_seq", sequenceName = "isms_seq", allocationSize = ID_BLOCK)
    private Long id;

    public Long getId() {
        return id;
    }
}
