package dev.triad.account;

import dev.triad.support.Fixtures;
import dev.triad.support.MailIntegrationTest;
import dev.triad.support.Page;
import dev.triad.support.StatementCounter;
import dev.triad.support.TestMailServer;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * HR's bulk import end to end through MockMvc: a good file creates everyone as the one-person form would (roles,
 * zone, coach profile, invitation mailed only by the outbox after the commit), every kind of bad file gets its message
 * and changes nothing, every row problem shows next to its row, the import checks again and is all or nothing, only
 * the HR administrator who previewed a file can import it, and the statements issued do not grow row by row where
 * they need not.
 */
@MailIntegrationTest
class PeopleImportIntegrationTest {

    static final String HEADER = "name,email,title,roles,time_zone,specialities,languages,capacity,leader_email";

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    dev.triad.notification.OutboxSender sender;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    static String csv(String... lines) {
        return String.join("\r\n", lines) + "\r\n";
    }

    static MockMultipartFile file(String text) {
        return file(text.getBytes(StandardCharsets.UTF_8));
    }

    static MockMultipartFile file(byte[] bytes) {
        return new MockMultipartFile("file", "people.csv", "text/csv", bytes);
    }

    MvcResult upload(User hr, MockMultipartFile file) throws Exception {
        return mvc.perform(multipart("/people/import")
                        .file(file)
                        .with(fixtures.as(hr))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn();
    }

    MvcResult paste(User hr, String text) throws Exception {
        return mvc.perform(multipart("/people/import")
                        .param("text", text)
                        .with(fixtures.as(hr))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn();
    }

    MvcResult confirm(User hr, String token) throws Exception {
        return mvc.perform(post("/people/import/confirm")
                        .param("token", token)
                        .with(fixtures.as(hr))
                        .with(csrf()))
                .andReturn();
    }

    static String token(Page page) {
        return page.one("#confirm-form input[name=token]").val();
    }

    /** What an import could change: people, their roles and profiles, drafts, mails, links and audit entries. */
    Map<String, Long> counts() {
        return List.of(
                        "app_user",
                        "user_role",
                        "coach_profile",
                        "people_import_draft",
                        "outbox_message",
                        "account_token",
                        "app_notification")
                .stream()
                .collect(Collectors.toMap(t -> t, t -> jdbc.queryForObject("select count(*) from " + t, Long.class)));
    }

    @Autowired
    Users users;

    User person(String email) {
        return users.findWithRoles(users.findByEmail(email).orElseThrow().getId())
                .orElseThrow();
    }

    long people(String... emails) {
        return jdbc.queryForObject("select count(*) from app_user where lower(email) = any(?)", Long.class, (Object)
                java.util.Arrays.stream(emails).map(String::toLowerCase).toArray(String[]::new));
    }

    // -----------------------------------------------------------------------------------------------------------
    // A good file

    @Test
    void aGoodFileCreatesEveryoneWithTheirRolesZoneAndCoachProfileAndTheInvitationsGoOutAfterTheCommit()
            throws Exception {
        User hr = fixtures.hr();
        String coach = Fixtures.uniqueEmail("grace");
        String client = Fixtures.uniqueEmail("ada");
        String leader = Fixtures.uniqueEmail("lead");
        String text = csv(
                HEADER,
                "Grace Hopper," + coach.toUpperCase() + ",VP Engineering,LEADER;COACH,America/New_York,"
                        + "\"Leadership, Delegation\",English;Spanish,3,",
                "Ada Lovelace," + client + ",Engineering manager,client,,,,," + coach,
                "Lee Leader," + leader + ",,LEADER,Europe/Paris,,,,");
        Map<String, Long> before = counts();

        Page preview = Page.of(upload(hr, file("\uFEFF" + text)));
        assertThat(preview.one("#preview-counts").attr("data-ok")).isEqualTo("3");
        assertThat(preview.one("#preview-counts").attr("data-problems")).isEqualTo("0");
        assertThat(preview.text("#import-button")).isEqualTo("Import 3 people");
        assertThat(preview.all("#preview-table tbody tr[data-test=ok]")).hasSize(3);
        assertThat(people(coach, client, leader)).as("a preview creates nobody").isZero();
        Map<String, Long> afterPreview = counts();
        assertThat(afterPreview.get("people_import_draft")).isEqualTo(before.get("people_import_draft") + 1);

        MvcResult imported = confirm(hr, token(preview));
        assertThat(imported.getResponse().getRedirectedUrl()).isEqualTo("/people/import/done");
        assertThat(imported.getFlashMap().get("importedCount")).isEqualTo(3);
        assertThat(people(coach, client, leader)).isEqualTo(3);

        User grace = person(coach);
        assertThat(grace.getFullName()).isEqualTo("Grace Hopper");
        assertThat(grace.getEmail()).isEqualTo(coach.toLowerCase());
        assertThat(grace.getTitle()).isEqualTo("VP Engineering");
        assertThat(grace.getRoles()).containsExactlyInAnyOrder(Role.LEADER, Role.COACH);
        assertThat(grace.zoneOr(null).getId()).isEqualTo("America/New_York");
        assertThat(grace.isMustChangePassword())
                .as("invited: chooses a password through the link")
                .isTrue();
        assertThat(jdbc.queryForMap(
                        "select specialities, languages, capacity from coach_profile where user_id = ?", grace.getId()))
                .containsEntry("specialities", "Leadership, Delegation")
                .containsEntry("languages", "English, Spanish")
                .containsEntry("capacity", 3);
        User ada = person(client);
        assertThat(ada.getRoles()).containsExactly(Role.CLIENT);
        assertThat(ada.hasOwnTimeZone()).as("empty: the organisation's default").isFalse();
        assertThat(jdbc.queryForObject("select count(*) from coach_profile where user_id = ?", Long.class, ada.getId()))
                .isZero();
        assertThat(jdbc.queryForList(
                        "select details from audit_entry where kind = 'PERSON_CREATED' and actor_email = ?",
                        String.class,
                        hr.getEmail()))
                .hasSize(3)
                .allMatch(d -> d.endsWith(", imported from a file"));
        assertThat(counts().get("people_import_draft"))
                .as("the draft is used up")
                .isEqualTo(before.get("people_import_draft"));

        // the invitations are in the outbox, written by the import's transaction; the sender mails them after it
        assertThat(jdbc.queryForObject(
                        "select count(*) from outbox_message where kind = 'INVITATION' and lower(recipient_email) = any(?)",
                        Long.class,
                        (Object) new String[] {coach.toLowerCase(), client, leader}))
                .isEqualTo(3);
        assertThat(TestMailServer.to(client)).isEmpty();
        sender.sendDue(Instant.now(), List.of(coach.toLowerCase(), client, leader));
        List<MimeMessage> mails = TestMailServer.to(client);
        assertThat(mails).extracting(MimeMessage::getSubject).containsExactly("Your invitation to Triad");

        // the summary page itself, with its links, is read in the browser journey; without an import just made it
        // leads to the people page
        mvc.perform(get("/people/import/done").with(fixtures.as(hr))).andExpect(redirectedUrl("/people"));

        // the same token again: nothing more
        Page again = Page.of(confirm(hr, token(preview)));
        assertThat(again.text("#import-error")).contains("no longer waiting");
        assertThat(people(coach, client, leader)).isEqualTo(3);
    }

    @Test
    void pastedTextIsPreviewedAndKeptInTheBoxForFixing() throws Exception {
        User hr = fixtures.hr();
        String email = Fixtures.uniqueEmail("pasted");
        Page preview = Page.of(paste(hr, "name,email,roles\nPat Pasted," + email + ",COACH\n"));
        assertThat(preview.one("#text").val()).contains("Pat Pasted");
        assertThat(preview.texts("#row-2 th .import-problem"))
                .containsExactly("capacity: Say how many active engagements this coach can take");
        assertThat(preview.has("#import-button")).isFalse();
        assertThat(preview.texts("#fix-first a")).containsExactly("2");

        Page fixed = Page.of(paste(hr, "name,email,roles,capacity\nPat Pasted," + email + ",COACH,2\n"));
        assertThat(fixed.text("#import-button")).isEqualTo("Import 1 person");
        assertThat(confirm(hr, token(fixed)).getResponse().getRedirectedUrl()).isEqualTo("/people/import/done");
        assertThat(people(email)).isEqualTo(1);
    }

    @Test
    void theTemplateHasTheHeaderAndTwoPeopleAndPreviewsWithoutProblems() throws Exception {
        MvcResult result = mvc.perform(get("/people/import/template.csv").with(fixtures.as(fixtures.hr())))
                .andExpect(status().isOk())
                .andReturn();
        assertThat(result.getResponse().getContentType()).startsWith("text/csv");
        assertThat(result.getResponse().getHeader("Content-Disposition"))
                .contains("attachment")
                .contains("people-template.csv");
        byte[] bytes = result.getResponse().getContentAsByteArray();
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF" + HEADER + "\r\n");
        assertThat(text.strip().split("\r\n")).hasSize(3);
        PeopleFile file = PeopleFile.read(bytes);
        assertThat(file.rows()).hasSize(2);
        assertThat(file.columns()).containsExactly(PeopleFile.Column.values());
    }

    // -----------------------------------------------------------------------------------------------------------
    // Bad files: a message, and nothing changed

    /** Uploads the bytes and returns the message shown next to the file field, checking that nothing changed. */
    String refusedFile(byte[] bytes) throws Exception {
        User hr = fixtures.hr();
        Map<String, Long> before = counts();
        Page page = Page.of(upload(hr, file(bytes)));
        assertThat(counts()).isEqualTo(before);
        assertThat(page.has("#preview")).isFalse();
        assertThat(page.one("#file").attr("aria-invalid")).isEqualTo("true");
        return page.text("#file-error");
    }

    String refusedFile(String text) throws Exception {
        return refusedFile(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void wrongAndMissingColumnsAreNamed() throws Exception {
        assertThat(refusedFile(csv("name,e-mail,roles,department", "Ann,ann@test.triad,CLIENT,Sales")))
                .isEqualTo("Unknown column(s): e-mail, department. The columns are: name, email, title, roles,"
                        + " time_zone, specialities, languages, capacity, leader_email.");
        assertThat(refusedFile(csv("name,title", "Ann,Boss")))
                .isEqualTo("Missing column(s): email, roles. The header must name at least name, email and roles.");
        assertThat(refusedFile(csv("name,email,roles,Email", "Ann,a@test.triad,CLIENT,b@test.triad")))
                .isEqualTo("Column(s) named twice in the header: email.");
    }

    @Test
    void aFileThatIsNotUtf8ThroughoutIsRefusedWithTheLineAndAByteOrderMarkIsFine() throws Exception {
        byte[] latin1 = csv(HEADER, "Zoë Ångström,zoe@test.triad,,CLIENT,,,,,").getBytes(StandardCharsets.ISO_8859_1);
        assertThat(refusedFile(latin1))
                .isEqualTo("The file is not UTF-8 throughout (line 2 is not): save it as “CSV UTF-8” and upload it"
                        + " again.");
        byte[] utf8 = csv(HEADER, "Zoë Ångström,zoe@test.triad,,CLIENT,,,,,").getBytes(StandardCharsets.UTF_8);
        byte[] mixLine3 = csv("Chloé Dubois,chloe@test.triad,,CLIENT,,,,,").getBytes(StandardCharsets.ISO_8859_1);
        byte[] mixed = new byte[utf8.length + mixLine3.length];
        System.arraycopy(utf8, 0, mixed, 0, utf8.length);
        System.arraycopy(mixLine3, 0, mixed, utf8.length, mixLine3.length);
        assertThat(refusedFile(mixed)).contains("(line 3 is not)");
        assertThat(refusedFile(csv(HEADER, "Ann,ann@test.triad,,CLIENT,,,,,").getBytes(StandardCharsets.UTF_16)))
                .isEqualTo("The file is saved as UTF-16: save it as “CSV UTF-8” and upload it again.");

        User hr = fixtures.hr();
        Page bom =
                Page.of(upload(hr, file("\uFEFFname,email,roles\r\nZoë," + Fixtures.uniqueEmail("zoe") + ",CLIENT")));
        assertThat(bom.one("#preview-counts").attr("data-ok")).isEqualTo("1");
        assertThat(bom.texts("#preview-table td[data-column=name] span")).containsExactly("Zoë");
    }

    @Test
    void emptyFilesHeadersAloneBinariesBrokenQuotesAndTooManyRowsAreRefused() throws Exception {
        assertThat(refusedFile(new byte[0]))
                .isEqualTo("The file is empty: it needs a header row and one row per person.");
        assertThat(refusedFile("\uFEFF\r\n  \r\n"))
                .isEqualTo("The file is empty: it needs a header row and one row per person.");
        assertThat(refusedFile(csv(HEADER))).isEqualTo("The file has a header row but no people under it.");
        assertThat(refusedFile(new byte[] {'P', 'K', 3, 4, 0, 0, 1, 2})).startsWith("This is not a text file");
        assertThat(refusedFile(csv("name,email,roles", "\"Ann,ann@test.triad,CLIENT", "Bob,bob@test.triad,CLIENT")))
                .startsWith("A quoted cell is not closed properly (around line 2)");
        assertThat(refusedFile(csv("name,email,roles", "Ann,ann@test.triad,CLIENT", "\"Bob\"x,bob@test.triad,CLIENT")))
                .startsWith("A quoted cell is not closed properly (around line 3)");
        List<String> lines = new ArrayList<>(List.of("name,email,roles"));
        IntStream.rangeClosed(1, PeopleFile.MAX_ROWS + 1)
                .forEach(i -> lines.add("Person " + i + ",p" + i + "@test.triad,CLIENT"));
        assertThat(refusedFile(csv(lines.toArray(String[]::new))))
                .isEqualTo("The file has more than 10,000 people: split it into smaller files.");
        assertThat(refusedFile(new byte[PeopleFile.MAX_BYTES + 1]))
                .isEqualTo("The file is larger than 5 MB: split it into smaller files.");
    }

    @Test
    void pastedTextWithControlCharactersOrNothingAtAllGetsAMessageNextToTheBox() throws Exception {
        User hr = fixtures.hr();
        Map<String, Long> before = counts();
        Page control = Page.of(paste(hr, "name,email,roles\nAnn\u0007,ann@test.triad,CLIENT\n"));
        assertThat(control.text("#text-error")).isEqualTo("Use letters, digits and punctuation only");
        Page nothing = Page.of(paste(hr, "   "));
        assertThat(nothing.text("#file-error")).isEqualTo("Choose a CSV file or paste its text.");
        Page noHeader = Page.of(paste(hr, "Ann,ann@test.triad,CLIENT"));
        assertThat(noHeader.text("#text-error")).startsWith("Unknown column(s): Ann, ann@test.triad, CLIENT.");
        assertThat(counts()).isEqualTo(before);
    }

    // -----------------------------------------------------------------------------------------------------------
    // Row problems, next to their rows

    @Test
    void everyRowProblemIsShownNextToItsCellAndNothingCanBeImported() throws Exception {
        User hr = fixtures.hr();
        User existing = fixtures.person(Role.CLIENT);
        User existingLeader = fixtures.person(Role.LEADER);
        User existingCoach = fixtures.person(Role.COACH);
        String dup = Fixtures.uniqueEmail("dup");
        String good = Fixtures.uniqueEmail("good");
        String text = csv(
                HEADER,
                "Good Person," + good + ",,CLIENT,,,,,"
                        + existingLeader.getEmail().toUpperCase(),
                "No Email,not-an-email,,CLIENT,,,,,",
                "Bad Role," + Fixtures.uniqueEmail("r") + ",,CLIENT;BOSS,,,,,",
                "Bad Zone," + Fixtures.uniqueEmail("z") + ",,LEADER,Mars/Olympus,,,,",
                "Bad Capacity," + Fixtures.uniqueEmail("c") + ",,COACH,,Leadership,English,lots,",
                "Dup One," + dup + ",,LEADER,,,,,",
                "Dup Two," + dup.toUpperCase() + ",,LEADER,,,,,",
                "Taken," + existing.getEmail() + ",,CLIENT,,,,,",
                "Lost Client," + Fixtures.uniqueEmail("l") + ",,CLIENT,,,,,nobody-" + dup,
                "Not A Leader," + Fixtures.uniqueEmail("n") + ",,CLIENT,,,,," + existingCoach.getEmail(),
                "x".repeat(121) + "," + Fixtures.uniqueEmail("long") + ",,CLIENT,,,,,",
                "=HYPERLINK(\"http://evil\")," + Fixtures.uniqueEmail("f") + ",@SUM(A1),CLIENT,,,,,",
                "Client Coach Fields," + Fixtures.uniqueEmail("cc") + ",,CLIENT,,Leadership,,4,",
                "Short Row," + Fixtures.uniqueEmail("s") + ",,CLIENT",
                "Self Led," + good.replace("good", "self") + ",,CLIENT,,,,," + good.replace("good", "self"),
                "Coach Capacity," + Fixtures.uniqueEmail("cap") + ",,COACH,,,,201,");
        Map<String, Long> before = counts();
        Page page = Page.of(upload(hr, file(text)));
        assertThat(counts()).as("a preview with problems keeps nothing").isEqualTo(before);
        assertThat(page.has("#import-button")).isFalse();
        assertThat(page.one("#preview-counts").attr("data-ok")).isEqualTo("1");
        assertThat(page.one("#preview-counts").attr("data-problems")).isEqualTo("15");
        assertThat(page.one("#row-2").attr("data-test")).isEqualTo("ok");

        assertThat(problems(page, 3, "email")).containsExactly("Enter a valid email address");
        assertThat(problems(page, 4, "roles"))
                .containsExactly("Unknown role “BOSS”: use CLIENT, COACH, LEADER or HR_ADMIN, separated by ;");
        assertThat(problems(page, 5, "time_zone"))
                .containsExactly("“Mars/Olympus” is no time zone: use a Region/City id such as Europe/London, or leave"
                        + " it empty for the organisation’s default");
        assertThat(problems(page, 6, "capacity")).containsExactly("Enter a whole number, such as 5");
        assertThat(problems(page, 7, "email")).containsExactly("The same email is on row 8 too");
        assertThat(problems(page, 8, "email")).containsExactly("The same email is on row 7 too");
        assertThat(problems(page, 9, "email")).containsExactly("Someone in Triad already has this email");
        assertThat(problems(page, 10, "leader_email"))
                .containsExactly("No one in this file or in Triad has this email");
        assertThat(problems(page, 11, "leader_email"))
                .containsExactly("Someone in Triad has this email, but not the role Leader");
        assertThat(problems(page, 12, "name")).containsExactly("Use at most 120 characters");
        assertThat(problems(page, 13, "name"))
                .containsExactly("Starts with “=”: no cell may start with =, +, - or @, which a spreadsheet would run"
                        + " as a formula");
        assertThat(problems(page, 13, "title")).singleElement().asString().startsWith("Starts with “@”");
        assertThat(problems(page, 14, "specialities"))
                .containsExactly("Only coaches have specialities: leave it empty or add COACH");
        assertThat(problems(page, 14, "capacity"))
                .containsExactly("Only coaches have capacity: leave it empty or add COACH");
        assertThat(page.texts("#row-15 th .import-problem")).containsExactly("This row has 4 cells; the header has 9");
        assertThat(problems(page, 16, "leader_email")).containsExactly("A client cannot be their own leader");
        assertThat(problems(page, 17, "capacity")).containsExactly("Capacity is at most 200 engagements");
    }

    @Test
    void aLeaderInTheSameFileMustHaveTheLeaderRole() throws Exception {
        User hr = fixtures.hr();
        String boss = Fixtures.uniqueEmail("boss");
        Page page = Page.of(upload(
                hr,
                file(csv(
                        "name,email,roles,leader_email",
                        "Cli Ent," + Fixtures.uniqueEmail("cli") + ",CLIENT," + boss,
                        "Bo Ss," + boss + ",COACH;CLIENT,"))));
        assertThat(problems(page, 2, "leader_email")).containsExactly("Row 3 has this email but not the role LEADER");
        assertThat(problems(page, 3, "capacity")).isEmpty();
        assertThat(page.texts("#row-3 .import-problem"))
                .containsExactly("capacity: Say how many active engagements this coach can take");
    }

    static List<String> problems(Page page, int row, String column) {
        return page.texts("#row-" + row + " td[data-column=" + column + "] .import-problem");
    }

    // -----------------------------------------------------------------------------------------------------------
    // All or nothing, checked again, only for the HR administrator who previewed it

    @Test
    void theImportChecksAgainAndCreatesNobodyWhenTheDatabaseChangedSinceThePreview() throws Exception {
        User hr = fixtures.hr();
        String first = Fixtures.uniqueEmail("first");
        String second = Fixtures.uniqueEmail("second");
        Page preview = Page.of(upload(
                hr,
                file(csv("name,email,roles", "First One," + first + ",CLIENT", "Second Two," + second + ",LEADER"))));
        String token = token(preview);
        // meanwhile, another HR administrator adds the second person by hand
        mvc.perform(post("/people")
                        .with(fixtures.as(fixtures.hr()))
                        .with(csrf())
                        .param("fullName", "Second Two")
                        .param("email", second)
                        .param("roles", "LEADER"))
                .andExpect(redirectedUrl("/people"));
        Map<String, Long> before = counts();

        Page refused = Page.of(confirm(hr, token));
        assertThat(refused.text("#import-error")).startsWith("Nothing was imported: since the preview");
        assertThat(problems(refused, 3, "email")).containsExactly("Someone in Triad already has this email");
        assertThat(refused.has("#import-button")).isFalse();
        assertThat(counts()).isEqualTo(before);
        assertThat(people(first)).isZero();
    }

    @Test
    void onlyTheHrAdministratorWhoPreviewedAFileCanImportItAndOnlyForAnHour() throws Exception {
        User hr = fixtures.hr();
        String email = Fixtures.uniqueEmail("mine");
        String token = token(Page.of(upload(hr, file(csv("name,email,roles", "Mine," + email + ",CLIENT")))));

        Page otherHr = Page.of(confirm(fixtures.hr(), token));
        assertThat(otherHr.text("#import-error")).contains("no longer waiting");
        Page madeUp = Page.of(confirm(hr, "A".repeat(43)));
        assertThat(madeUp.text("#import-error")).contains("no longer waiting");
        Page garbage = Page.of(confirm(hr, "<script>alert(1)</script>"));
        assertThat(garbage.text("#import-error")).contains("no longer waiting");
        assertThat(people(email)).isZero();

        jdbc.update(
                "update people_import_draft set expires_at = now() - interval '1 second' where token_hash = ?",
                AccountToken.hash(token));
        Page expired = Page.of(confirm(hr, token));
        assertThat(expired.text("#import-error")).contains("no longer waiting");
        assertThat(people(email)).isZero();

        // a later preview clears expired drafts
        upload(hr, file(csv("name,email,roles", "Later," + Fixtures.uniqueEmail("later") + ",CLIENT")));
        assertThat(jdbc.queryForObject(
                        "select count(*) from people_import_draft where token_hash = ?",
                        Long.class,
                        AccountToken.hash(token)))
                .isZero();
    }

    @Test
    void someoneWhoIsNotHrCannotPreviewOrImportAndNothingChanges() throws Exception {
        User hr = fixtures.hr();
        String email = Fixtures.uniqueEmail("refused");
        String token = token(Page.of(upload(hr, file(csv("name,email,roles", "Ref Used," + email + ",CLIENT")))));
        Map<String, Long> before = counts();
        for (Role role : List.of(Role.CLIENT, Role.COACH, Role.LEADER)) {
            User someone = fixtures.person(role);
            mvc.perform(multipart("/people/import")
                            .file(file(csv("name,email,roles", "X," + Fixtures.uniqueEmail("x") + ",HR_ADMIN")))
                            .with(fixtures.as(someone))
                            .with(csrf()))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/people/import/confirm")
                            .param("token", token)
                            .with(fixtures.as(someone))
                            .with(csrf()))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/people/import/template.csv").with(fixtures.as(someone)))
                    .andExpect(status().isForbidden());
        }
        assertThat(counts()).containsAllEntriesOf(Map.of("people_import_draft", before.get("people_import_draft")));
        assertThat(people(email)).isZero();
    }

    // -----------------------------------------------------------------------------------------------------------
    // Statements: one query for the emails, however many rows

    @Test
    void thePreviewIssuesTheSameStatementsForFiveRowsAndForTwoHundredAndTheImportAFewPerPerson() throws Exception {
        StatementCounter counter = new StatementCounter(entityManagerFactory);
        User hr = fixtures.hr();
        String five = rows(5);
        String twoHundred = rows(200);
        upload(hr, file(rows(3))); // warm
        long small = counter.count(() -> upload(hr, file(five)));
        long large = counter.count(() -> upload(hr, file(twoHundred)));
        assertThat(large).as("statements for 200 rows against 5").isEqualTo(small);
        assertThat(small).isLessThanOrEqualTo(6);

        String token = token(Page.of(upload(hr, file(twoHundred))));
        long imported = counter.count(() ->
                assertThat(confirm(hr, token).getResponse().getRedirectedUrl()).isEqualTo("/people/import/done"));
        // per person: the user, the invitation link, the audit entry, the mail and the in-app notice (IDENTITY keys,
        // one statement each), and a coach's profile (every fifth row); roles go in batches
        assertThat(imported).isLessThanOrEqualTo(5 * 200 + 200 / 5 + 40);
    }

    static String rows(int n) {
        String batch = java.util.UUID.randomUUID().toString().substring(0, 8);
        List<String> lines = new ArrayList<>(List.of(HEADER));
        for (int i = 1; i <= n; i++) {
            lines.add(
                    i % 5 == 0
                            ? "Coach " + i + ",coach" + i + "-" + batch
                                    + "@test.triad,,COACH,Europe/Berlin,Teams,German,4,"
                            : "Client " + i + ",client" + i + "-" + batch + "@test.triad,Manager,CLIENT,,,,,");
        }
        return csv(lines.toArray(String[]::new));
    }
}
