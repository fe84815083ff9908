using System;
using NodaTime;

namespace CeuRules.Evaluation;

/// <summary>
/// Where the results' English messages come from (<see cref="NotCountedCredit.Message"/>,
/// <see cref="ActivityNote.Message"/>, <see cref="EvaluationNote.Message"/>,
/// <see cref="CertificationEvaluation.StatusExplanation"/>) and the certification's own findings. The
/// explanation layer implements it and registers itself when the library loads, so that the engine and
/// its results name no type of the words: words depend on results, never the other way round.
/// </summary>
internal interface IResultWords
{
    /// <summary>Why credit did not count.</summary>
    string NotCounted(NotCountedCredit credit);

    /// <summary>A note about how an activity was read.</summary>
    string Note(ActivityNote note);

    /// <summary>A note about the certification as a whole.</summary>
    string EvaluationNote(EvaluationNote note);

    /// <summary>The status of an evaluation in sentences.</summary>
    string Status(CertificationEvaluation result);

    /// <summary>An error finding about a certification's own date.</summary>
    Finding CertificationFinding(string code, LocalDate certifiedOn, LocalDate asOf);
}

/// <summary>The words registered for the results (see <see cref="IResultWords"/>).</summary>
internal static class ResultWords
{
    private static IResultWords? current;

    /// <summary>The registered words.</summary>
    /// <exception cref="InvalidOperationException">No words are registered (the library did not load its explanation layer).</exception>
    internal static IResultWords Current => current ?? throw new InvalidOperationException("No words are registered for the results.");

    /// <summary>Registers the words; the explanation layer calls it once, when the library loads.</summary>
    internal static void Register(IResultWords words) => current = words;
}
