package dk.helhed.pavilion.entity;

import dk.helhed.people.entity.Organisation;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** How many of one organisation's staff a block needs (one by default). */
@Entity
@Table(name = "pavilion_block_need")
public class BlockNeed {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "block_id")
    private PavilionBlock block;
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;
    private int people;

    protected BlockNeed() {
    }

    BlockNeed(PavilionBlock block, Organisation organisation, int people) {
        this.block = block;
        this.organisation = organisation;
        this.people = people;
    }

    public Organisation organisation() {
        return organisation;
    }

    void people(int people) {
        this.people = people;
    }

    public int people() {
        return people;
    }
}
