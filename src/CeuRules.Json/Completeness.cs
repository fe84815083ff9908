using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using CeuRules.Evaluation;

namespace CeuRules.Json;

/// <summary>
/// Whether an evaluation saw the whole document. A part that could not be read (an activity or a
/// certification) is left out with an error finding; results computed without it say so, and a
/// status that the missing part could change is qualified. Adding activities can only help, so
/// <c>met</c> is never qualified.
/// </summary>
/// <remarks>This type is stateless and thread-safe.</remarks>
public static class Completeness
{
    /// <summary>The code of the finding for an activity left out.</summary>
    public const string ActivityLeftOut = "activity-left-out";

    /// <summary>The code of the finding for a certification left out.</summary>
    public const string CertificationLeftOut = "certification-left-out";

    /// <summary>The findings that say a part of the document was left out, in order.</summary>
    /// <param name="findings">The findings of reading the document.</param>
    /// <returns>The <c>activity-left-out</c> and <c>certification-left-out</c> findings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="findings"/> is null.</exception>
    public static ImmutableArray<Finding> LeftOut(IEnumerable<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        var list = ImmutableArray.CreateBuilder<Finding>();
        foreach (var finding in findings)
        {
            if (finding is not null && finding.Code is ActivityLeftOut or CertificationLeftOut)
            {
                list.Add(finding);
            }
        }
        return list.ToImmutable();
    }

    /// <summary>
    /// True when a left-out part could change <paramref name="status"/>: an activity was left out (it
    /// might have counted) and the status is not <see cref="CertificationStatus.RequirementsMet"/>. A certification
    /// left out changes no other certification's status.
    /// </summary>
    /// <param name="status">The status computed without the parts left out.</param>
    /// <param name="leftOut">The parts left out (<see cref="LeftOut"/>).</param>
    /// <returns>Whether the status is qualified.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="leftOut"/> is null.</exception>
    public static bool CouldChange(CertificationStatus status, IEnumerable<Finding> leftOut)
    {
        ArgumentNullException.ThrowIfNull(leftOut);
        if (status == CertificationStatus.RequirementsMet)
        {
            return false;
        }
        foreach (var finding in leftOut)
        {
            if (finding?.Code == ActivityLeftOut)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The sentence that qualifies a status a left-out part could change, in English: the words layer's
    /// <see cref="Explanations.Explainer.CouldChange(int)"/> of the number of activities left out.
    /// </summary>
    /// <param name="leftOut">The parts left out; at least one is an activity (<see cref="CouldChange"/> is true).</param>
    /// <returns>For example "Could change: 2 activities were left out because of errors, and any of them might count once corrected."</returns>
    /// <exception cref="ArgumentNullException"><paramref name="leftOut"/> is null.</exception>
    /// <exception cref="ArgumentException">No activity was left out, so nothing qualifies the status.</exception>
    public static string Qualification(IEnumerable<Finding> leftOut)
    {
        ArgumentNullException.ThrowIfNull(leftOut);
        int activities = 0;
        foreach (var finding in leftOut)
        {
            if (finding?.Code == ActivityLeftOut)
            {
                activities++;
            }
        }
        if (activities == 0)
        {
            throw new ArgumentException("No activity was left out, so no status is qualified.", nameof(leftOut));
        }
        return Explanations.Explainer.English.CouldChange(activities);
    }
}
