package nl.supplementguidelines.interaction;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface InteractionRepository extends JpaRepository<Interaction, Long> {

    List<Interaction> findAllByOrderByPosition();
}
