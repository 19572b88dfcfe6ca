package dev.triad.account;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SsoOnlyDomainsUnitTest {

    private final SsoOnlyDomains domains = new SsoOnlyDomains(List.of(" Contoso.com", "@fabrikam.example", ""));

    @Test
    void aListedDomainCoversItsEmailsWhateverTheirCaseAndOnlyItself() {
        assertThat(domains.any()).isTrue();
        assertThat(domains.covers("jane@contoso.com")).isTrue();
        assertThat(domains.covers(" JANE@CONTOSO.COM ")).isTrue();
        assertThat(domains.covers("jo@fabrikam.example")).isTrue();
        assertThat(domains.covers("jane@eu.contoso.com")).isFalse();
        assertThat(domains.covers("jane@contoso.com.evil.example")).isFalse();
        assertThat(domains.covers("contoso.com")).isFalse();
        assertThat(domains.covers("jane@")).isFalse();
        assertThat(domains.covers(null)).isFalse();
    }

    @Test
    void noDomainsMeansPasswordSignInEverywhere() {
        SsoOnlyDomains none = new SsoOnlyDomains(List.of());
        assertThat(none.any()).isFalse();
        assertThat(none.covers("jane@contoso.com")).isFalse();
    }

    @Test
    void anEmailCountsAsVerifiedOnlyWhenTheProviderSaysTrue() {
        assertThat(SingleSignOnAccounts.isTrue(Boolean.TRUE)).isTrue();
        assertThat(SingleSignOnAccounts.isTrue("true")).isTrue();
        assertThat(SingleSignOnAccounts.isTrue(Boolean.FALSE)).isFalse();
        assertThat(SingleSignOnAccounts.isTrue("false")).isFalse();
        assertThat(SingleSignOnAccounts.isTrue("yes")).isFalse();
        assertThat(SingleSignOnAccounts.isTrue(null)).isFalse();
        assertThat(SingleSignOnAccounts.isTrue(1)).isFalse();
    }
}
