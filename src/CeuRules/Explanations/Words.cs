using System.Globalization;
using CeuRules.Evaluation;
using NodaTime;

namespace CeuRules.Explanations;

/// <summary>
/// The results' English messages (<see cref="NotCountedCredit.Message"/>, <see cref="ActivityNote.Message"/>,
/// <see cref="EvaluationNote.Message"/>, <see cref="CertificationEvaluation.StatusExplanation"/>) and the
/// JSON fields made from them: the words of <see cref="Explainer"/> in English, with ISO dates and invariant
/// numbers whatever the current culture is, so that the JSON contract does not change with the culture.
/// </summary>
internal static class Words
{
    /// <summary>Why credit did not count.</summary>
    internal static string NotCounted(NotCountedCredit credit) => Explainer.Messages.Reason(credit);

    /// <summary>A note about how an activity was read.</summary>
    internal static string Note(ActivityNote note) => Explainer.Messages.Note(note);

    /// <summary>A note about the certification as a whole.</summary>
    internal static string EvaluationNote(EvaluationNote note) => Explainer.Messages.Note(note);

    /// <summary>An error finding about a certification's own date.</summary>
    internal static Finding CertificationFinding(string code, LocalDate certifiedOn, LocalDate asOf) => Explainer.CertificationFinding(code, certifiedOn, asOf);

    /// <summary>The status of an evaluation in sentences, with what is still needed; an unreliable answer says so first.</summary>
    internal static string Status(CertificationEvaluation result) => Explainer.Messages.StatusExplanation(result);

    /// <summary>A date in ISO form (2026-02-28), written digit by digit for the years 0 to 9999 and by NodaTime's pattern otherwise.</summary>
    internal static string Iso(LocalDate date)
    {
        if (date.Year is < 0 or > 9999)
        {
            return date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
        }
        return string.Create(10, (date.Year, date.Month, date.Day), static (chars, ymd) =>
        {
            chars[0] = (char)('0' + (ymd.Year / 1000));
            chars[1] = (char)('0' + (ymd.Year / 100 % 10));
            chars[2] = (char)('0' + (ymd.Year / 10 % 10));
            chars[3] = (char)('0' + (ymd.Year % 10));
            chars[4] = '-';
            chars[5] = (char)('0' + (ymd.Month / 10));
            chars[6] = (char)('0' + (ymd.Month % 10));
            chars[7] = '-';
            chars[8] = (char)('0' + (ymd.Day / 10));
            chars[9] = (char)('0' + (ymd.Day % 10));
        });
    }
}
