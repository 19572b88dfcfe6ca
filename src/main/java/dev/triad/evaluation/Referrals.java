package dev.triad.evaluation;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface Referrals extends JpaRepository<Referral, Long> {

    List<Referral> findByEngagementIdOrderByRecordedAtDescIdDesc(Long engagementId);
}
