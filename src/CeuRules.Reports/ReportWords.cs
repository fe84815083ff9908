using System;
using System.Globalization;
using System.Text.RegularExpressions;
using CeuRules.Evaluation;
using CeuRules.Policies;
using NodaTime;
using NodaTime.Text;

namespace CeuRules.Reports;

/// <summary>The words the reports for people use for dates, statuses, deadlines, fees and reasons.</summary>
internal static partial class ReportWords
{
    private static readonly LocalDatePattern Readable = LocalDatePattern.Create("d MMMM uuuu", CultureInfo.InvariantCulture);

    /// <summary>A date as people write it, in the invariant culture: "28 February 2026".</summary>
    internal static string Date(LocalDate date) => Readable.Format(date);

    /// <summary>Every ISO date (YYYY-MM-DD) inside a sentence rewritten as <see cref="Date"/> writes it.</summary>
    internal static string WithReadableDates(string sentence) => IsoDate().Replace(sentence, match =>
    {
        var parsed = LocalDatePattern.Iso.Parse(match.Value);
        return parsed.Success ? Date(parsed.Value) : match.Value;
    });

    /// <summary>A count of days from the as-of date: "today", "in 12 days", "1 day ago".</summary>
    internal static string Days(int days) => days switch
    {
        0 => "today",
        1 => "in 1 day",
        -1 => "1 day ago",
        > 0 => $"in {days} days",
        _ => $"{-days} days ago",
    };

    /// <summary>The status in lower-case words, for example "within the CE time limit".</summary>
    internal static string Status(CertificationStatus status) => status switch
    {
        CertificationStatus.RequirementsMet => "requirements met",
        CertificationStatus.InProgress => "in progress",
        CertificationStatus.WithinCeTimeLimit => "within the CE time limit",
        CertificationStatus.LapsedExamRequired => "lapsed: exam required",
        _ => "ineligible",
    };

    /// <summary>What a deadline is, for example "Last day to recertify by CE".</summary>
    internal static string Deadline(DeadlineKind kind) => kind switch
    {
        DeadlineKind.Expiration => "Expiration",
        DeadlineKind.LastCeDay => "Last day to recertify by CE",
        DeadlineKind.ExamApplication => "Last day for the exam application",
        DeadlineKind.AnnualFee => "Annual fee due",
        _ => "Last day to pass the exam",
    };

    /// <summary>What a fee is for, for example "CE recertification".</summary>
    internal static string Fee(FeeKind kind) => kind switch
    {
        FeeKind.CeRecertification => "CE recertification",
        FeeKind.Exam => "exam",
        FeeKind.Annual => "annual",
        _ => "reactivation",
    };

    /// <summary>Why credit did not count, in a few words: "outside the window".</summary>
    internal static string Reason(NotCountedReason reason) => reason switch
    {
        NotCountedReason.OutsideWindow => "outside the window",
        NotCountedReason.AfterAsOf => "after the as-of date",
        NotCountedReason.Duplicate => "duplicate",
        NotCountedReason.OverCap => "over a cap",
        NotCountedReason.TooShort => "too short",
        NotCountedReason.NotAccepted => "not accepted",
        NotCountedReason.NeedsReview => "needs review",
        NotCountedReason.UnknownUnit => "unknown unit",
        NotCountedReason.UnknownCategory => "unknown category",
        _ => reason.ToString(),
    };

    /// <summary>A requirement's name: "Total", "Clinical category", "Approved by the AAMA", "CPR cards".</summary>
    internal static string Requirement(RequirementOutcome requirement, string bodyAcronym)
    {
        const string CategoryPrefix = "category:";
        string id = requirement.RequirementId;
        return id switch
        {
            "total" => "Total",
            "approved" => $"Approved by the {bodyAcronym}",
            "cap:non-approved" => $"Not approved by the {bodyAcronym}",
            "cap:cpr" => "CPR cards",
            _ when id.StartsWith(CategoryPrefix, StringComparison.Ordinal) => Capitalized(id[CategoryPrefix.Length..]) + " category",
            _ => id,
        };
    }

    /// <summary>The text with its first letter in upper case.</summary>
    internal static string Capitalized(string text) =>
        text.Length == 0 ? text : string.Concat(text[..1].ToUpperInvariant(), text.AsSpan(1));

    [GeneratedRegex(@"\b\d{4}-\d{2}-\d{2}\b", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDate();
}
