package dk.helhed.web;

import dk.helhed.i18n.Language;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Response;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A list as the secretariat takes it away: a CSV file for Excel (UTF-8 with a byte-order mark, without which Danish
 * Excel reads æøå as ANSI; semicolons between fields, Danish Excel's list separator; CRLF line ends; fields quoted
 * when they hold a semicolon, quote or line break), or a spreadsheet (.xlsx, Apache POI) with the header row bold and
 * frozen. Every cell is text: a field a spreadsheet would take for a formula (=, @, or +/- followed by anything but a
 * phone number) gets a leading apostrophe in the CSV, and is a plain string cell in the spreadsheet.
 */
public record Sheet(String name, List<String> headers, List<List<String>> rows) {
    public static final String BOM = "\uFEFF";
    public static final String CSV = "text/csv;charset=UTF-8";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final Pattern PHONE = Pattern.compile("[+-][0-9 ,+]*");

    /** The CSV file as a download named {@code file} (without its ending). */
    public Response csvDownload(String file) {
        return download(csv(), CSV, file + ".csv");
    }

    /** The spreadsheet as a download named {@code file} (without its ending). */
    public Response xlsxDownload(String file) {
        return download(xlsx(), XLSX, file + ".xlsx");
    }

    private static Response download(byte[] bytes, String type, String file) {
        return Response.ok(bytes, type).header("Content-Disposition", "attachment; filename=\"" + file + "\"")
                .build();
    }

    /** An export's language, as a staff page's: ?lang=, else Accept-Language; Danish unless English. */
    public static Language language(HttpServletRequest request) {
        var lang = Language.fromTag(request.getParameter("lang")).orElseGet(() -> RequestLanguage.of(request));
        return lang == Language.EN ? Language.EN : Language.DA;
    }

    public byte[] csv() {
        StringBuilder out = new StringBuilder(BOM);
        line(out, headers);
        rows.forEach(row -> line(out, row));
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder out, List<String> fields) {
        out.append(String.join(";", fields.stream().map(Sheet::field).toList())).append("\r\n");
    }

    /** One CSV field, safe from formulas and quoted where needed. */
    public static String field(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && (v.charAt(0) == '=' || v.charAt(0) == '@' || v.charAt(0) == '\t' || v.charAt(0) == '\r'
                || (v.charAt(0) == '+' || v.charAt(0) == '-') && !PHONE.matcher(v).matches())) {
            v = "'" + v;
        }
        if (v.contains(";") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }

    public byte[] xlsx() {
        try (var book = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            var sheet = book.createSheet(name.length() > 31 ? name.substring(0, 31) : name);
            var bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            var head = sheet.createRow(0);
            for (int c = 0; c < headers.size(); c++) {
                var cell = head.createCell(c);
                cell.setCellValue(headers.get(c));
                cell.setCellStyle(bold);
                sheet.setColumnWidth(c, Math.min(60, Math.max(12, width(c))) * 256);
            }
            for (int r = 0; r < rows.size(); r++) {
                var row = sheet.createRow(r + 1);
                var values = rows.get(r);
                for (int c = 0; c < values.size(); c++) {
                    row.createCell(c).setCellValue(values.get(c) == null ? "" : values.get(c));
                }
            }
            sheet.createFreezePane(0, 1);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The column's widest text, in characters (no font measuring: the server has no fonts to ask). */
    private int width(int column) {
        int widest = headers.get(column).length();
        for (var row : rows) {
            if (column < row.size() && row.get(column) != null) {
                widest = Math.max(widest, row.get(column).length());
            }
        }
        return widest + 2;
    }
}
