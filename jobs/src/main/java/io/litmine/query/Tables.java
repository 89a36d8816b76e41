package io.litmine.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Prints query answers as aligned text tables or as JSON. */
public final class Tables {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_CELL = 60;

    private Tables() {}

    public static void print(PrintWriter out, List<Map<String, Object>> rows) {
        if (rows.isEmpty()) {
            out.println("(no rows)");
            return;
        }
        List<String> columns = new ArrayList<>(rows.get(0).keySet());
        int[] widths = new int[columns.size()];
        for (int i = 0; i < columns.size(); i++) {
            widths[i] = columns.get(i).length();
            for (Map<String, Object> row : rows) {
                widths[i] = Math.max(widths[i], cell(row.get(columns.get(i))).length());
            }
        }
        out.println(line(columns.stream().map(c -> (Object) c).toList(), widths));
        for (Map<String, Object> row : rows) {
            out.println(line(columns.stream().map(row::get).toList(), widths));
        }
        out.flush();
    }

    public static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    private static String line(List<Object> cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String text = cell(cells.get(i));
            line.append(text).append(" ".repeat(widths[i] - text.length() + 2));
        }
        return line.toString().stripTrailing();
    }

    private static String cell(Object value) {
        String text = value == null ? "" : String.valueOf(value);
        return text.length() > MAX_CELL ? text.substring(0, MAX_CELL - 1) + "…" : text;
    }
}
