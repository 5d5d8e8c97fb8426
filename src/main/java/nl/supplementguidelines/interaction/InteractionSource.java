package nl.supplementguidelines.interaction;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A source of the interaction table, by its short code ({@code ODS-Zn}). */
@Entity
@Table(name = "interaction_source")
class InteractionSource {

    @Id
    @Column(length = 20)
    private String code;

    @Column(nullable = false, length = 1000)
    private String citation;

    protected InteractionSource() {
        // for JPA
    }

    String getCode() {
        return code;
    }

    String getCitation() {
        return citation;
    }
}
