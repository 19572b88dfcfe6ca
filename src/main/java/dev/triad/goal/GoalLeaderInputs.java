package dev.triad.goal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

interface GoalLeaderInputs extends JpaRepository<GoalLeaderInput, Long> {

    @Query("select i from GoalLeaderInput i join fetch i.author where i.engagementId = ?1 and i.goalId = ?2 "
            + "order by i.createdAt, i.id")
    List<GoalLeaderInput> ofGoal(Long engagementId, Long goalId);
}
