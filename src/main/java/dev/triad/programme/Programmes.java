package dev.triad.programme;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

public interface Programmes extends JpaRepository<Programme, Long> {

    @Query("select p from Programme p order by p.startsOn desc, p.name")
    List<Programme> findAllInOrder();

    @Query("select exists (select 1 from Programme p where lower(p.name) = lower(?1))")
    boolean nameTaken(String name);

    @Query("select exists (select 1 from Programme p where lower(p.name) = lower(?1) and p.id <> ?2)")
    boolean nameTakenByAnother(String name, Long id);
}
