package nl.supplementguidelines.interaction;

import org.springframework.data.jpa.repository.JpaRepository;

interface InteractionSourceRepository extends JpaRepository<InteractionSource, String> {
}
