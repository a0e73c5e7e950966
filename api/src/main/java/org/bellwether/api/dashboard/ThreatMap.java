package org.bellwether.api.dashboard;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bellwether.model.CityMap;
import org.bellwether.search.SearchService;
import org.bellwether.search.ThreatCount;
import org.bellwether.search.ThreatQuery;

/**
 * Threats over time for the city map and its export: per neighbourhood, harm category and ISO week, the posts of
 * flagged narratives and the tips (counted by the search replica from its index), each week beside the week before,
 * and the period's totals beside the period of the same length just before it. Periods are whole ISO weeks (Monday
 * 00:00 UTC). Aggregates only; no post text. Thread-safe.
 */
public final class ThreatMap {
    static final Duration WEEK = Duration.ofDays(7);

    private final SearchService search;
    private final CityMap city;

    public ThreatMap(SearchService search, CityMap city) {
        this.search = search;
        this.city = city;
    }

    /** One cell and the same cell a week earlier; {@code neighbourhood} is null for posts placed nowhere in the city. */
    public record Week(Instant week, String isoWeek, String neighbourhood, String slug, String category,
                       long flaggedPosts, long tips, long previousFlaggedPosts, long previousTips) {
        /** Posts and tips now minus a week earlier. */
        @JsonProperty("change")
        public long change() {
            return flaggedPosts + tips - previousFlaggedPosts - previousTips;
        }
    }

    /** A neighbourhood and category over the whole period, and over the period just before it. */
    public record Total(String neighbourhood, String slug, String category, long flaggedPosts, long tips,
                        long previousFlaggedPosts, long previousTips) {
        /** Posts and tips over the period minus over the period before. */
        @JsonProperty("change")
        public long change() {
            return flaggedPosts + tips - previousFlaggedPosts - previousTips;
        }
    }

    /** The table: the weeks of the period in order, the non-empty cells, and the totals. */
    public record Table(String city, Instant from, Instant to, Instant previousFrom, String category,
                        List<Instant> weeks, List<Week> cells, List<Total> totals) {
    }

    /** The whole ISO weeks covering {@code [from, to)}, and as many weeks before them. */
    public Table between(Instant from, Instant to, String category) {
        Instant start = ThreatCount.weekOf(from);
        Instant end = ThreatCount.weekOf(to.minusMillis(1)).plus(WEEK);
        Duration length = Duration.between(start, end);
        Instant previousStart = start.minus(length);
        Map<Cell, long[]> byCell = new LinkedHashMap<>();
        for (ThreatCount count : search.threats(new ThreatQuery(previousStart, end, category))) {
            long[] values = byCell.computeIfAbsent(new Cell(canonical(count.neighbourhood()), count.category(),
                    count.weekStart()), k -> new long[2]);
            values[0] += count.flaggedPosts();
            values[1] += count.tips();
        }
        List<Instant> weeks = new ArrayList<>();
        for (Instant week = start; week.isBefore(end); week = week.plus(WEEK)) {
            weeks.add(week);
        }
        List<Week> cells = new ArrayList<>();
        Map<Cell, long[]> totals = new LinkedHashMap<>(); // flagged, tips, previous flagged, previous tips
        byCell.forEach((cell, now) -> {
            long[] total = totals.computeIfAbsent(new Cell(cell.place(), cell.category(), null), k -> new long[4]);
            if (!cell.week().isBefore(start)) {
                long[] before = byCell.getOrDefault(cell.weekBefore(), new long[2]);
                cells.add(week(cell, now, before));
                total[0] += now[0];
                total[1] += now[1];
            } else if (!cell.week().isBefore(previousStart)) {
                total[2] += now[0];
                total[3] += now[1];
            }
            // a cell with posts this week and none the next still shows its fall to zero
            Cell next = new Cell(cell.place(), cell.category(), cell.week().plus(WEEK));
            if (!next.week().isBefore(start) && next.week().isBefore(end) && !byCell.containsKey(next)) {
                cells.add(week(next, new long[2], now));
            }
        });
        List<Total> totalList = new ArrayList<>();
        totals.forEach((cell, values) -> {
            if (values[0] + values[1] + values[2] + values[3] > 0) {
                totalList.add(new Total(cell.place(), slug(cell.place()), cell.category(), values[0], values[1],
                        values[2], values[3]));
            }
        });
        Comparator<String> nullsLast = Comparator.nullsLast(Comparator.naturalOrder());
        cells.sort(Comparator.comparing(Week::week).thenComparing(Week::neighbourhood, nullsLast)
                .thenComparing(Week::category));
        totalList.sort(Comparator.comparing(Total::neighbourhood, nullsLast).thenComparing(Total::category));
        return new Table(city.name(), start, end, previousStart, category, weeks, cells, totalList);
    }

    private record Cell(String place, String category, Instant week) {
        Cell weekBefore() {
            return new Cell(place, category, week.minus(WEEK));
        }
    }

    private Week week(Cell cell, long[] now, long[] before) {
        return new Week(cell.week(), isoWeek(cell.week()), cell.place(), slug(cell.place()), cell.category(), now[0],
                now[1], before[0], before[1]);
    }

    /** {@code 2026-W11}. */
    static String isoWeek(Instant week) {
        var date = week.atZone(ZoneOffset.UTC);
        return String.format("%d-W%02d", date.get(IsoFields.WEEK_BASED_YEAR), date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** {@code 2026-03-09}. */
    static String day(Instant instant) {
        return DateTimeFormatter.ISO_LOCAL_DATE.format(instant.atZone(ZoneOffset.UTC));
    }

    /** The city's own name for a place name or alias; null when the city does not know it. */
    private String canonical(String place) {
        return place == null ? null : city.byName(place).map(CityMap.Neighbourhood::name).orElse(null);
    }

    private String slug(String place) {
        return place == null ? null : city.byName(place).map(CityMap.Neighbourhood::slug).orElse(null);
    }
}
