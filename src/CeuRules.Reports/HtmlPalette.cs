using System.Collections.Generic;

namespace CeuRules.Reports;

/// <summary>
/// The HTML report's colours. Every colour is paired with a text label or a shape in the report, never
/// used alone; <see cref="Pairs"/> lists each foreground drawn on each background, so that a test can hold
/// them to WCAG AA (4.5:1 for text, 3:1 for graphics).
/// </summary>
internal static class HtmlPalette
{
    internal const string Page = "#ffffff";
    internal const string Ink = "#1b1f24";
    internal const string Muted = "#4b5563";
    internal const string Rule = "#6b7280";
    internal const string Panel = "#f3f4f6";

    internal const string Met = "#1a6b35";
    internal const string MetLight = "#e3f1e7";
    internal const string Progress = "#1f4e8c";
    internal const string ProgressLight = "#dde8f6";
    internal const string TimeLimit = "#8a4600";
    internal const string TimeLimitLight = "#fbe9d2";
    internal const string Lapsed = "#a3161b";
    internal const string LapsedLight = "#f8e1e1";
    internal const string Ineligible = "#3f3f46";
    internal const string IneligibleLight = "#e7e7ea";
    internal const string Track = "#e5e7eb";

    /// <summary>Text (or a graphic) and the background it is drawn on, with the contrast WCAG AA asks of it.</summary>
    internal readonly record struct Pair(string Foreground, string Background, double Minimum, string Use);

    /// <summary>Every foreground the report draws on every background it draws it on.</summary>
    internal static IReadOnlyList<Pair> Pairs { get; } =
    [
        new(Ink, Page, 4.5, "body text"),
        new(Muted, Page, 4.5, "secondary text"),
        new(Ink, Panel, 4.5, "text in a panel"),
        new(Muted, Panel, 4.5, "secondary text in a panel"),
        new(Page, Met, 4.5, "status badge: met; number in a counted mark"),
        new(Page, Progress, 4.5, "status badge: in progress"),
        new(Page, TimeLimit, 4.5, "status badge: within the CE time limit"),
        new(Page, Lapsed, 4.5, "status badge: lapsed"),
        new(Page, Ineligible, 4.5, "status badge: ineligible"),
        new(Met, Page, 4.5, "number in a partly counted mark"),
        new(Lapsed, Page, 4.5, "number in a not counted mark"),
        new(Progress, ProgressLight, 4.5, "label in the window band"),
        new(TimeLimit, TimeLimitLight, 4.5, "label in the CE time limit band"),
        new(Lapsed, LapsedLight, 4.5, "label in the exam-only band"),
        new(Ink, MetLight, 4.5, "text on a met status panel"),
        new(Ink, ProgressLight, 4.5, "text on an in-progress status panel"),
        new(Ink, TimeLimitLight, 4.5, "text on a time-limit status panel"),
        new(Ink, LapsedLight, 4.5, "text on a lapsed status panel"),
        new(Ink, IneligibleLight, 4.5, "text on an ineligible status panel"),
        new(Met, Track, 3.0, "filled part of a met bar"),
        new(Progress, Track, 3.0, "filled part of a bar still short"),
        new(Muted, Track, 3.0, "filled part of a cap bar"),
        new(Rule, Page, 3.0, "axis, ticks and bar outlines"),
    ];
}
