package dev.triad.assessment;

import dev.triad.system.RuleViolation;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportFileUnitTest {

    @Test
    void aFilesKindIsReadFromItsFirstBytes() {
        assertThat(ReportFileType.detect(AssessmentTestData.PDF)).contains(ReportFileType.PDF);
        assertThat(ReportFileType.detect(AssessmentTestData.PNG)).contains(ReportFileType.PNG);
        assertThat(ReportFileType.detect(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}))
                .contains(ReportFileType.JPEG);
        assertThat(ReportFileType.detect("<html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8)))
                .isEmpty();
        assertThat(ReportFileType.detect("%PD".getBytes(StandardCharsets.UTF_8)))
                .isEmpty();
        assertThat(ReportFileType.detect(new byte[0])).isEmpty();
    }

    @Test
    void theNameKeepsItsLastPartLosesControlCharactersAndGetsItsExtension() {
        assertThat(ReportFileName.of("C:\\Users\\chris\\Hogan report.PDF", ReportFileType.PDF))
                .isEqualTo("Hogan report.PDF");
        assertThat(ReportFileName.of("../../etc/x\u0000\"y.pdf", ReportFileType.PDF))
                .isEqualTo("xy.pdf");
        assertThat(ReportFileName.of("scan", ReportFileType.JPEG)).isEqualTo("scan.jpg");
        assertThat(ReportFileName.of("invoice\u202Efdp.exe", ReportFileType.PDF))
                .isEqualTo("invoicefdp.exe.pdf");
        assertThat(ReportFileName.of("", ReportFileType.PNG)).isEqualTo("report.png");
        assertThat(ReportFileName.of("a".repeat(300) + ".pdf", ReportFileType.PDF))
                .hasSize(200)
                .endsWith(".pdf");
        assertThatThrownBy(() -> ReportFileName.of("chart.png", ReportFileType.PDF))
                .isInstanceOf(RuleViolation.class);
    }
}
