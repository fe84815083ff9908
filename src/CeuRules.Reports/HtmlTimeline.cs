using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CeuRules.Evaluation;
using NodaTime;

namespace CeuRules.Reports;

/// <summary>
/// The certification's timeline as inline SVG: the credit window, the CE time limit and the time when only
/// the exam remains as bands; the certification date, the deadlines and the as-of date as labelled lines
/// above them (labels stacked so that none overlaps a label or crosses another line); and each activity as
/// a numbered mark below, by completion date, its shape saying whether it counted.
/// </summary>
internal static class HtmlTimeline
{
    private const double Width = 1000;
    private const double Left = 40;
    private const double Right = 940;
    private const double LabelLane = 19;
    private const double BandHeight = 28;
    private const double MarkLane = 26;
    private const double MarkSize = 21;
    private const double FontSize = 12.5;

    /// <summary>A labelled date above the bands.</summary>
    private sealed record DateLabel(double X, string Text, bool IsAsOf, string Hint)
    {
        internal double TextWidth => EstimateWidth(Text, IsAsOf);

        /// <summary>Whether the text ends at the line (in the right half, or where it would run off the right edge) rather than starting there.</summary>
        internal bool AnchorEnd => (X > (Left + Right) / 2 || X + 5 + TextWidth > Width - 4) && X - 5 - TextWidth >= 0;

        internal double From => AnchorEnd ? X - 5 - TextWidth : X;

        internal double To => AnchorEnd ? X : X + 5 + TextWidth;
    }

    /// <summary>A band of time drawn under the labels.</summary>
    private sealed record Band(LocalDate From, LocalDate To, string Label, string Fill, string Stroke, string Hint);

    internal static void Write(MarkupWriter html, CertificationEvaluation result, IReadOnlyList<ActivityRow> rows, TimelineRange range, ReportWords words)
    {
        var labels = DateLabels(result, range, words);
        var lanes = StackLabels(labels);
        int labelLanes = lanes.Count == 0 ? 1 : lanes.Values.Max() + 1;
        double bandTop = 8 + (labelLanes * LabelLane) + 8;
        double axis = bandTop + BandHeight;
        var marks = StackMarks(rows, range);
        int markLanes = marks.Count == 0 ? 1 : marks.Values.Max() + 1;
        double firstMark = axis + 40;
        double height = firstMark + ((markLanes - 1) * MarkLane) + (MarkSize / 2) + 12;

        html.Open("svg",
            ("class", "timeline"), ("viewBox", $"0 0 {N(Width)} {N(height)}"), ("width", N(Width)), ("height", N(height)),
            ("role", "img"), ("aria-label", words.TimelineLabel(result, range.Start, range.End)));
        html.Element("title", words.TimelineTitle(range.Start, range.End));
        foreach (var band in Bands(result, range, words))
        {
            WriteBand(html, band, range, bandTop, words);
        }
        WriteAxis(html, range, axis);
        foreach (var label in labels)
        {
            WriteDateLabel(html, label, lanes[label], labelLanes, axis, height);
        }
        WriteYears(html, range, axis);
        foreach (var row in rows.Where(r => r.Activity is not null))
        {
            WriteMark(html, row, range, firstMark + (marks[row] * MarkLane), words);
        }
        html.Close("svg");
    }

    /// <summary>The key below the drawing: every band, line and mark shape in words.</summary>
    internal static void WriteKey(MarkupWriter html, CertificationEvaluation result, IReadOnlyList<ActivityRow> rows, TimelineRange range, ReportWords words)
    {
        html.Open("ul", ("class", "key"));
        foreach (var band in Bands(result, range, words))
        {
            html.Open("li").Open("svg", ("width", "28"), ("height", "16"), ("viewBox", "0 0 28 16"), ("aria-hidden", "true"));
            html.Empty("rect", ("x", "1"), ("y", "1"), ("width", "26"), ("height", "14"), ("fill", band.Fill), ("stroke", band.Stroke));
            html.Close("svg").Open("span").Element("strong", band.Label).Text(words.BandKey(band.From, band.To, band.Hint)).Close("span").Close("li");
        }
        html.Open("li").Open("svg", ("width", "28"), ("height", "16"), ("viewBox", "0 0 28 16"), ("aria-hidden", "true"));
        html.Empty("line", ("x1", "14"), ("y1", "0"), ("x2", "14"), ("y2", "16"), ("class", "as-of-line"));
        var asOfKey = words.AsOfKey(result.AsOf);
        html.Close("svg").Open("span").Element("strong", asOfKey.Label).Text(asOfKey.Text).Close("span").Close("li");
        foreach (var outcome in rows.Select(r => r.Outcome).Distinct().Order())
        {
            html.Open("li").Open("svg", ("width", "28"), ("height", "22"), ("viewBox", "0 0 28 22"), ("aria-hidden", "true"));
            WriteShape(html, outcome, 14, 11, "#");
            html.Close("svg").Open("span").Element("strong", words.Outcome(rows.First(r => r.Outcome == outcome).Decision)).Text(words.OutcomeHint(outcome)).Close("span").Close("li");
        }
        if (rows.Any(r => r.Place != TimelinePlace.Inside))
        {
            html.Open("li").Open("svg", ("width", "28"), ("height", "22"), ("viewBox", "0 0 28 22"), ("aria-hidden", "true"));
            html.Empty("path", ("d", "M 4 11 L 12 5 L 12 17 Z"), ("class", "edge"));
            var edgeKey = words.EdgeKey;
            html.Close("svg").Open("span").Element("strong", edgeKey.Label).Text(edgeKey.Text).Close("span").Close("li");
        }
        html.Close("ul");
    }

    private static List<DateLabel> DateLabels(CertificationEvaluation result, TimelineRange range, ReportWords words)
    {
        var labels = new List<DateLabel>
        {
            new(X(range, result.Certification.CertifiedOn), words.CertifiedLabel(result.Certification.CertifiedOn), false, words.CycleStarts),
        };
        foreach (var deadline in result.Deadlines)
        {
            // A date that no longer applies is shown only where it bounds a band (expiration, the end of the
            // time after it); a passed exam date on a closed route is not a deadline any more.
            if (deadline.Applies || deadline.Kind is DeadlineKind.Expiration or DeadlineKind.LastCeDay or DeadlineKind.LastReactivationDay)
            {
                labels.Add(new(X(range, deadline.Date), words.TimelineDeadline(deadline), false, words.DeadlineHint(deadline)));
            }
        }
        labels.Add(new(X(range, result.AsOf), words.AsOfLabel(result.AsOf), true, words.AsOfHint));
        return labels;
    }

    private static IEnumerable<Band> Bands(CertificationEvaluation result, TimelineRange range, ReportWords words)
    {
        var window = words.WindowBand;
        yield return new(result.Window.Start, result.Window.End, window.Label, HtmlPalette.ProgressLight, HtmlPalette.Progress, window.Hint);
        if (result.LastCeDay > result.ExpiresOn)
        {
            var limit = result.RouteOf(Policies.RecertificationRoute.Reactivation) is null ? words.TimeLimitBand : words.ReactivationBand;
            yield return new(TimelineRange.NextDay(result.ExpiresOn), result.LastCeDay, limit.Label, HtmlPalette.TimeLimitLight, HtmlPalette.TimeLimit, limit.Hint);
        }
        if (range.End > result.LastCeDay)
        {
            var after = result.Status == CertificationStatus.Ineligible ? words.ClosedBand : words.ExamOnlyBand;
            yield return new(TimelineRange.NextDay(result.LastCeDay), range.End, after.Label, HtmlPalette.LapsedLight, HtmlPalette.Lapsed, after.Hint);
        }
    }

    /// <summary>
    /// Puts each label in the lowest lane (lane 0 is next to the bands) where it overlaps no label, its line
    /// crosses no label below it, and no line drawn higher crosses it. Labels written rightward from their line
    /// are placed from right to left, and those written leftward from left to right, so that crowded dates
    /// climb in a staircase whose lines pass beside the labels below; when no lane meets every condition,
    /// the lowest lane where the label overlaps no other is used.
    /// </summary>
    private static Dictionary<DateLabel, int> StackLabels(List<DateLabel> labels)
    {
        var lanes = new Dictionary<DateLabel, int>(ReferenceEqualityComparer.Instance);
        var order = labels.Where(l => !l.AnchorEnd).OrderByDescending(l => l.X).Concat(labels.Where(l => l.AnchorEnd).OrderBy(l => l.X));
        foreach (var label in order)
        {
            int lane = Enumerable.Range(0, labels.Count).FirstOrDefault(l => Fits(label, l, lanes, strict: true), -1);
            lanes[label] = lane >= 0 ? lane : Enumerable.Range(0, labels.Count + 1).First(l => Fits(label, l, lanes, strict: false));
        }
        return lanes;
    }

    private static bool Fits(DateLabel label, int lane, Dictionary<DateLabel, int> placed, bool strict)
    {
        const double Gap = 10;
        foreach (var (other, otherLane) in placed)
        {
            bool overlaps = label.From < other.To + Gap && other.From < label.To + Gap;
            if ((otherLane == lane && overlaps)
                || (strict && otherLane < lane && label.X > other.From - 2 && label.X < other.To + 2)
                || (strict && otherLane > lane && other.X > label.From - 2 && other.X < label.To + 2))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// Puts each mark, from left to right, in the first lane where it keeps clear of the marks already there.
    /// The lanes whose last mark is far enough to the left are kept by number (the first one free is taken);
    /// the others wait in the order they become free, which is the order they were last used in, since the
    /// marks come from left to right: each mark costs a logarithm of the lanes, not a scan of them.
    /// </summary>
    private static Dictionary<ActivityRow, int> StackMarks(IReadOnlyList<ActivityRow> rows, TimelineRange range)
    {
        const double Clearance = MarkSize + 5;
        var free = new PriorityQueue<int, int>();
        var busy = new Queue<(double LastX, int Lane)>();
        int laneCount = 0;
        var lanes = new Dictionary<ActivityRow, int>(rows.Count);
        foreach (var row in rows.Where(r => r.Activity is not null).OrderBy(r => MarkX(r, range)).ThenBy(r => r.Number))
        {
            double x = MarkX(row, range);
            while (busy.Count > 0 && x - busy.Peek().LastX >= Clearance)
            {
                int freed = busy.Dequeue().Lane;
                free.Enqueue(freed, freed);
            }
            int lane = free.Count > 0 ? free.Dequeue() : laneCount++;
            busy.Enqueue((x, lane));
            lanes[row] = lane;
        }
        return lanes;
    }

    private static void WriteBand(MarkupWriter html, Band band, TimelineRange range, double top, ReportWords words)
    {
        double from = X(range, band.From);
        double to = Math.Max(X(range, band.To), from + 2);
        html.Open("g").Element("title", words.BandTitle(band.Label, band.From, band.To));
        html.Empty("rect", ("x", N(from)), ("y", N(top)), ("width", N(to - from)), ("height", N(BandHeight)), ("fill", band.Fill), ("stroke", band.Stroke));
        if (EstimateWidth(band.Label, bold: true) + 12 < to - from)
        {
            html.Element("text", band.Label, ("x", N(from + 8)), ("y", N(top + (BandHeight / 2) + 4.5)), ("fill", band.Stroke), ("class", "band-label"));
        }
        html.Close("g");
    }

    private static void WriteAxis(MarkupWriter html, TimelineRange range, double axis)
    {
        html.Empty("line", ("x1", N(Left)), ("y1", N(axis)), ("x2", N(Right)), ("y2", N(axis)), ("class", "axis"));
        for (int year = range.Start.Year + 1; year <= range.End.Year; year++)
        {
            double x = X(range, new LocalDate(year, 1, 1));
            html.Empty("line", ("x1", N(x)), ("y1", N(axis)), ("x2", N(x)), ("y2", N(axis + 6)), ("class", "axis"));
        }
    }

    /// <summary>The years under the axis, drawn over the date lines (their halo keeps them legible).</summary>
    private static void WriteYears(MarkupWriter html, TimelineRange range, double axis)
    {
        for (int year = range.Start.Year + 1; year <= range.End.Year; year++)
        {
            html.Element("text", year.ToString(CultureInfo.InvariantCulture), ("x", N(X(range, new LocalDate(year, 1, 1)))), ("y", N(axis + 20)), ("class", "year"));
        }
    }

    private static void WriteDateLabel(MarkupWriter html, DateLabel label, int lane, int lanes, double axis, double height)
    {
        double baseline = 8 + ((lanes - lane) * LabelLane) - 5;
        double lineTop = baseline - FontSize + 1;
        html.Open("g", ("class", label.IsAsOf ? "as-of" : "date")).Element("title", label.Hint);
        html.Empty("line", ("x1", N(label.X)), ("y1", N(lineTop)), ("x2", N(label.X)), ("y2", N(label.IsAsOf ? height - 4 : axis + 6)),
            ("class", label.IsAsOf ? "as-of-line" : "date-line"));
        html.Element("text", label.Text, ("x", N(label.AnchorEnd ? label.X - 5 : label.X + 5)), ("y", N(baseline)),
            ("text-anchor", label.AnchorEnd ? "end" : "start"), ("class", label.IsAsOf ? "as-of-label" : "date-label"));
        html.Close("g");
    }

    private static void WriteMark(MarkupWriter html, ActivityRow row, TimelineRange range, double y, ReportWords words)
    {
        double x = MarkX(row, range);
        html.Open("g", ("class", "mark"), ("data-activity", row.Decision.ActivityId)).Element("title", words.MarkTitle(row));
        if (row.Place != TimelinePlace.Inside)
        {
            double tip = row.Place == TimelinePlace.Before ? x - 22 : x + 22;
            double back = row.Place == TimelinePlace.Before ? x - 14 : x + 14;
            html.Empty("path", ("d", $"M {N(tip)} {N(y)} L {N(back)} {N(y - 6)} L {N(back)} {N(y + 6)} Z"), ("class", "edge"));
        }
        WriteShape(html, row.Outcome, x, y, row.Number.ToString(CultureInfo.InvariantCulture));
        html.Close("g");
    }

    private static void WriteShape(MarkupWriter html, ActivityOutcome outcome, double x, double y, string number)
    {
        const double R = MarkSize / 2;
        switch (outcome)
        {
            case ActivityOutcome.Counted:
                html.Empty("circle", ("cx", N(x)), ("cy", N(y)), ("r", N(R)), ("class", "counted"));
                break;
            case ActivityOutcome.PartlyCounted:
                html.Empty("circle", ("cx", N(x)), ("cy", N(y)), ("r", N(R - 1)), ("class", "partly"));
                break;
            default:
                html.Empty("rect", ("x", N(x - R + 1)), ("y", N(y - R + 1)), ("width", N(MarkSize - 2)), ("height", N(MarkSize - 2)), ("class", "not-counted"));
                break;
        }
        html.Element("text", number, ("x", N(x)), ("y", N(y + 4)), ("class", $"number {OutcomeClass(outcome)}"), ("font-size", number.Length > 2 ? "8.5" : "11"));
    }

    internal static string OutcomeClass(ActivityOutcome outcome) => outcome switch
    {
        ActivityOutcome.Counted => "counted",
        ActivityOutcome.PartlyCounted => "partly",
        _ => "not-counted",
    };

    private static double MarkX(ActivityRow row, TimelineRange range) =>
        row.Activity is null ? Left : X(range, row.Activity.CompletedOn);

    private static double X(TimelineRange range, LocalDate date) => Left + ((Right - Left) * range.Fraction(date));

    /// <summary>A generous estimate of a label's width in the report's sans-serif font.</summary>
    private static double EstimateWidth(string text, bool bold) => text.Length * FontSize * (bold ? 0.6 : 0.56);

    private static string N(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
