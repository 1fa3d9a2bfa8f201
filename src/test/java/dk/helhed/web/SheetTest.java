package dk.helhed.web;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SheetTest {
    private final Sheet sheet = new Sheet("Aftaler", List.of("Navn", "Telefon", "Note"), List.of(
            List.of("Søren Ørsted", "+4520123456", "=HYPERLINK(\"x\")"),
            List.of("Ali; Hassan", "-", "to linjer\nher")));

    @Test
    void csvIsForDanishExcelAndSafeFromFormulas() {
        String csv = new String(sheet.csv(), StandardCharsets.UTF_8);
        assertThat(csv).isEqualTo("\uFEFFNavn;Telefon;Note\r\n"
                + "Søren Ørsted;+4520123456;\"'=HYPERLINK(\"\"x\"\")\"\r\n"
                + "\"Ali; Hassan\";-;\"to linjer\nher\"\r\n");
    }

    @Test
    void theSpreadsheetHasTheHeaderAndEveryCellAsText() throws Exception {
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(sheet.xlsx()))) {
            var s = book.getSheet("Aftaler");
            assertThat(s.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Navn");
            assertThat(s.getRow(0).getCell(0).getCellStyle().getFont().getBold()).isTrue();
            assertThat(s.getRow(1).getCell(2).getStringCellValue()).isEqualTo("=HYPERLINK(\"x\")");
            assertThat(s.getRow(1).getCell(2).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
            assertThat(s.getRow(2).getCell(0).getStringCellValue()).isEqualTo("Ali; Hassan");
            assertThat(s.getPaneInformation().isFreezePane()).isTrue();
        }
    }
}
