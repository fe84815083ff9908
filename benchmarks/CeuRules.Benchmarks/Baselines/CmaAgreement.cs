using System;
using System.Collections.Generic;
using System.Linq;
using CeuRules.Evaluation;
using CeuRules.Policies;

namespace CeuRules.Benchmarks.Baselines;

/// <summary>
/// Checks that the baselines compute what the library computes: a baseline that computes something
/// else proves nothing about speed. Every check throws <see cref="InvalidOperationException"/> with
/// the case and both answers on the first disagreement.
/// </summary>
/// <remarks>This type is thread-safe.</remarks>
public static class CmaAgreement
{
    /// <summary>How many generated cases <see cref="SelfCheck"/> compares.</summary>
    public const int SelfCheckCases = 200;

    /// <summary>The library's answer in the baselines' shape: the status and the shortfalls of the five CMA (AAMA) minimums.</summary>
    /// <param name="evaluation">The library's evaluation.</param>
    /// <returns>The status and shortfalls.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="evaluation"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The evaluation lacks one of the minimums (the policy's ids changed).</exception>
    public static CmaBaselineResult FromLibrary(CertificationEvaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        return new CmaBaselineResult(
            evaluation.Status,
            Shortfall(evaluation, "aama-cma/total"),
            Shortfall(evaluation, "aama-cma/approved"),
            Shortfall(evaluation, "aama-cma/category:general"),
            Shortfall(evaluation, "aama-cma/category:clinical"),
            Shortfall(evaluation, "aama-cma/category:administrative"));
    }

    /// <summary>Evaluates one case with the library and the three baselines, and compares the answers.</summary>
    /// <param name="evaluator">The library's evaluator.</param>
    /// <param name="inputs">The case.</param>
    /// <param name="handWritten">The hand-written baseline prepared from the case's transcript.</param>
    /// <param name="rulesEngine">The RulesEngine baseline.</param>
    /// <param name="facts">The RulesEngine facts of the case's transcript (<see cref="RulesEngineCma.Facts"/>).</param>
    /// <returns>The library's evaluation.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="InvalidOperationException">A baseline disagrees with the library, or the case holds credit the baselines do not model.</exception>
    public static CertificationEvaluation Check(CertificationEvaluator evaluator, CmaCase inputs, HandWrittenCma handWritten, RulesEngineCma rulesEngine, CmaFact[] facts)
    {
        ArgumentNullException.ThrowIfNull(evaluator);
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(handWritten);
        ArgumentNullException.ThrowIfNull(rulesEngine);
        ArgumentNullException.ThrowIfNull(facts);
        var evaluation = evaluator.Evaluate(inputs.Certification, inputs.Transcript, inputs.AsOf);
        // The inputs must exercise only the rules the baselines know; anything else refused would make agreement luck.
        foreach (var decision in evaluation.Activities)
        {
            foreach (var refused in decision.NotCounted)
            {
                if (!IsModelled(refused))
                {
                    throw new InvalidOperationException(
                        $"The generated inputs ({inputs}) hold credit the baselines do not model: the library refused activity '{decision.ActivityId}' under {refused.RuleId}: {refused.Message}");
                }
            }
        }
        var expected = FromLibrary(evaluation);
        Compare(nameof(HandWrittenCma), inputs, expected, handWritten.Evaluate(inputs.Certification.CertifiedOn, inputs.AsOf));
        Compare(nameof(LinqCma), inputs, expected, LinqCma.Evaluate(inputs.Certification, inputs.Transcript, inputs.AsOf));
        Compare(nameof(RulesEngineCma), inputs, expected, rulesEngine.EvaluateAsync(facts, inputs.Certification.CertifiedOn, inputs.AsOf).GetAwaiter().GetResult());
        return evaluation;
    }

    /// <summary>
    /// Compares the baselines with the library over <see cref="SelfCheckCases"/> generated cases of
    /// random sizes, certification dates and as-of dates, and checks that the cases reach every
    /// status and make both caps bind, so the comparison covers what the baselines claim.
    /// </summary>
    /// <param name="evaluator">The library's evaluator.</param>
    /// <exception cref="ArgumentNullException"><paramref name="evaluator"/> is null.</exception>
    /// <exception cref="InvalidOperationException">A baseline disagrees with the library, or the cases miss a status or a binding cap.</exception>
    public static void SelfCheck(CertificationEvaluator evaluator)
    {
        ArgumentNullException.ThrowIfNull(evaluator);
        var rulesEngine = new RulesEngineCma();
        var statuses = new HashSet<CertificationStatus>();
        int nonApprovedCapBinds = 0;
        int cprCapBinds = 0;
        foreach (var inputs in CmaInputs.SelfCheckCases(SelfCheckCases))
        {
            var evaluation = Check(evaluator, inputs, new HandWrittenCma(inputs.Transcript), rulesEngine, RulesEngineCma.Facts(inputs.Transcript));
            statuses.Add(evaluation.Status);
            nonApprovedCapBinds += evaluation.Requirements.Any(r => r.RequirementId == NonApprovedCap.Id && !r.Excluded.IsZero) ? 1 : 0;
            cprCapBinds += evaluation.Requirements.Any(r => r.RequirementId == CprCardRule.Id && !r.Excluded.IsZero) ? 1 : 0;
        }
        CertificationStatus[] expected = [CertificationStatus.RequirementsMet, CertificationStatus.InProgress, CertificationStatus.WithinCeTimeLimit, CertificationStatus.LapsedExamRequired];
        var missing = expected.Where(s => !statuses.Contains(s)).ToList();
        if (missing.Count > 0 || nonApprovedCapBinds == 0 || cprCapBinds == 0)
        {
            throw new InvalidOperationException(
                $"The self-check cases no longer cover the baselines' rules: statuses missing [{string.Join(", ", missing)}], non-approved cap bound in {nonApprovedCapBinds} cases, CPR card limit in {cprCapBinds}.");
        }
    }

    private static bool IsModelled(NotCountedCredit refused) => refused.Reason switch
    {
        NotCountedReason.OutsideWindow or NotCountedReason.AfterAsOf => true,
        NotCountedReason.OverCap => refused.RuleId is "aama-cma/non-approved-cap" or "aama-cma/cpr-cards",
        _ => false,
    };

    private static void Compare(string baseline, CmaCase inputs, CmaBaselineResult expected, CmaBaselineResult actual)
    {
        if (!expected.Equals(actual))
        {
            throw new InvalidOperationException($"{baseline} disagrees with the library ({inputs}): library {expected}, {baseline} {actual}.");
        }
    }

    private static decimal Shortfall(CertificationEvaluation evaluation, string ruleId)
    {
        foreach (var requirement in evaluation.Requirements)
        {
            if (requirement.Rule.RuleId == ruleId && !requirement.IsCap)
            {
                return requirement.Shortfall.Value;
            }
        }
        throw new InvalidOperationException($"The library's evaluation has no minimum '{ruleId}'; its requirements are {string.Join(", ", evaluation.Requirements.Select(r => r.Rule.RuleId))}.");
    }
}
