using CeuRules.Evaluation.Engine;
using CeuRules.Model;
using CeuRules.Policies;

namespace CeuRules.Evaluation;

/// <summary>
/// A certification and its transcript prepared by <see cref="CertificationEvaluator.Prepare"/> for
/// repeated summaries: the governing policy version, the dates of the cycle, and what admission
/// decided about every activity, none of which depends on the as-of date. Summarizing it then
/// walks flat arrays and allocates nothing.
/// </summary>
/// <remarks>This type is immutable and thread-safe: one prepared evaluation can be summarized from many threads at once.</remarks>
public sealed class PreparedEvaluation
{
    internal PreparedEvaluation(CertificationEvaluator evaluator, Certification certification, Transcript transcript, PreparedPolicy policy, CycleDates dates, CreditPiece[] pieces)
    {
        Evaluator = evaluator;
        Certification = certification;
        Transcript = transcript;
        Policy = policy;
        Dates = dates;
        Pieces = pieces;
    }

    /// <summary>The certification.</summary>
    public Certification Certification { get; }

    /// <summary>The transcript.</summary>
    public Transcript Transcript { get; }

    /// <summary>The policy version that governs the cycle.</summary>
    public CredentialPolicy GoverningPolicy => Policy.Policy;

    /// <summary>How many requirement outcomes a summary writes: the governing policy's minimums and caps.</summary>
    public int RequirementCount => Policy.OutcomeCount;

    internal CertificationEvaluator Evaluator { get; }

    internal PreparedPolicy Policy { get; }

    internal CycleDates Dates { get; }

    internal CreditPiece[] Pieces { get; }

    /// <summary>Formats the prepared evaluation, for example "CMA (AAMA) certified 2021-02-10, 30 activities".</summary>
    /// <returns>The formatted value.</returns>
    public override string ToString() => $"{Certification}, {Transcript.Activities.Length} activities";
}
