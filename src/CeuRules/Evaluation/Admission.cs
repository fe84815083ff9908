using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using CeuRules.Model;
using CeuRules.Policies;
using NodaTime;

namespace CeuRules.Evaluation;

/// <summary>One part of an activity's credit that is admissible under the policy, before the caps.</summary>
internal struct CreditPiece
{
    internal int Activity;
    internal int Rank;
    internal int Line;
    internal long Amount;
    internal int CategoryIndex;
    internal Category? Category;
    internal bool Approved;
    internal bool IsCpr;
}

/// <summary>The admission step's output: the admissible pieces, and per activity what it submitted and what was refused.</summary>
internal sealed class AdmittedTranscript
{
    internal AdmittedTranscript(int activityCount)
    {
        Submitted = new long[activityCount];
        NotCounted = new List<NotCountedCredit>?[activityCount];
        Notes = new List<string>?[activityCount];
    }

    internal List<CreditPiece> Pieces { get; } = new();

    internal long[] Submitted { get; }

    internal List<NotCountedCredit>?[] NotCounted { get; }

    internal List<string>?[] Notes { get; }

    internal void Refuse(int activity, long amount, NotCountedReason reason, PolicyRule rule, string message) =>
        Refuse(activity, amount, reason, rule.RuleId, rule.Source, message);

    internal void Refuse(int activity, long amount, NotCountedReason reason, string ruleId, RuleSource source, string message) =>
        (NotCounted[activity] ??= new List<NotCountedCredit>(1)).Add(new NotCountedCredit(CreditAmount.FromHundredths(amount), reason, ruleId, source, message));

    internal void Note(int activity, string note) => (Notes[activity] ??= new List<string>(1)).Add(note);
}

/// <summary>
/// The admission step: each activity turned into credit in the policy's unit, or refused with a
/// reason and the rule that refused it. Caps are not applied here (see <see cref="Allocation"/>).
/// </summary>
internal static class Admission
{
    /// <summary>The rule id for activities completed after the as-of date.</summary>
    internal const string AsOfRuleId = "ceurules/as-of";

    /// <summary>The rule id for duplicated activities.</summary>
    internal const string DuplicateRuleId = "ceurules/duplicate";

    internal static AdmittedTranscript Run(CycleDates dates, ImmutableArray<LearningActivity> activities, LocalDate asOf, int[] ranks, int[] duplicateOf)
    {
        var admitted = new AdmittedTranscript(activities.Length);
        var policy = dates.Policy;
        var repeatOf = policy.RecurringTraining is { } recurring ? RepeatsOf(recurring, activities, ranks) : null;
        for (int i = 0; i < activities.Length; i++)
        {
            var activity = activities[i];
            var duplicated = duplicateOf[i] >= 0 ? activities[duplicateOf[i]] : null;
            if (policy.NotAcceptedKinds is { } refused && refused.Refuses(activity.Kind))
            {
                long amount = Read(policy, activity).Submitted;
                admitted.Submitted[i] = amount;
                admitted.Refuse(i, amount, NotCountedReason.NotAccepted, refused,
                    $"The {policy.Credential.Body.Acronym} does not accept an activity of the kind '{activity.Kind}'.");
            }
            else if (policy.CprCards is { } cpr && activity.Kind == cpr.Kind)
            {
                AdmitCprCard(admitted, dates, cpr, activity, i, ranks[i], asOf, duplicated);
            }
            else
            {
                AdmitCredit(admitted, dates, activity, i, ranks[i], asOf, duplicated, repeatOf is null || repeatOf[i] < 0 ? null : activities[repeatOf[i]]);
            }
        }
        return admitted;
    }

    /// <summary>
    /// For each activity of the recurring kind, the earlier activity with the same title that it
    /// repeats within the rule's period (-1 when none). The earlier one is the last of its title that
    /// did not itself repeat another, so a training counts again once the period has passed.
    /// </summary>
    private static int[] RepeatsOf(RecurringTrainingRule rule, ImmutableArray<LearningActivity> activities, int[] ranks)
    {
        var repeatOf = new int[activities.Length];
        var byTitle = new Dictionary<string, List<int>>(StringComparer.OrdinalIgnoreCase);
        for (int i = 0; i < activities.Length; i++)
        {
            repeatOf[i] = -1;
            if (activities[i].Kind == rule.Kind && activities[i].Title?.Trim() is { Length: > 0 } title)
            {
                if (!byTitle.TryGetValue(title, out var list))
                {
                    byTitle.Add(title, list = new List<int>(2));
                }
                list.Add(i);
            }
        }
        foreach (var list in byTitle.Values)
        {
            if (list.Count < 2)
            {
                continue;
            }
            list.Sort((x, y) =>
            {
                int c = activities[x].CompletedOn.CompareTo(activities[y].CompletedOn);
                return c != 0 ? c : ranks[x].CompareTo(ranks[y]);
            });
            int anchor = list[0];
            for (int k = 1; k < list.Count; k++)
            {
                if (rule.Repeats(activities[anchor].CompletedOn, activities[list[k]].CompletedOn))
                {
                    repeatOf[list[k]] = anchor;
                }
                else
                {
                    anchor = list[k];
                }
            }
        }
        return repeatOf;
    }

    private static void AdmitCprCard(AdmittedTranscript admitted, CycleDates dates, CprCardRule cpr, LearningActivity card, int index, int rank, LocalDate asOf, LearningActivity? duplicated)
    {
        long amount = cpr.CreditPerCard.Hundredths;
        admitted.Submitted[index] = amount;
        if (!card.Credits.IsEmpty)
        {
            admitted.Note(index, $"The policy values a CPR card at {cpr.CreditPerCard} {cpr.Category} {dates.Policy.Units.Unit}; the credit lines the card states are not used ({cpr.RuleId}).");
        }
        if (RefuseForDateOrDuplicate(admitted, dates, card, index, amount, asOf, duplicated))
        {
            return;
        }
        if (card.ValidMonths != cpr.RequiredValidMonths)
        {
            string validity = card.ValidMonths is { } months ? $"valid for {months} months" : "of undocumented validity";
            admitted.Refuse(index, amount, NotCountedReason.NeedsReview, cpr,
                $"The CPR card is {validity}; only a {cpr.RequiredValidMonths}-month card earns {cpr.CreditPerCard} {cpr.Category} points, so a person must review it.");
            return;
        }
        admitted.Pieces.Add(new CreditPiece
        {
            Activity = index,
            Rank = rank,
            Line = 0,
            Amount = amount,
            CategoryIndex = dates.Policy.Categories?.IndexOf(cpr.Category) ?? -1,
            Category = cpr.Category,
            Approved = cpr.CountsAsApproved,
            IsCpr = true,
        });
    }

    private static void AdmitCredit(AdmittedTranscript admitted, CycleDates dates, LearningActivity activity, int index, int rank, LocalDate asOf,
        LearningActivity? duplicated, LearningActivity? repeated)
    {
        var policy = dates.Policy;
        var units = policy.Units;
        var lines = activity.Credits;
        var read = Read(policy, activity);
        long submitted = read.Submitted;
        var amounts = read.Amounts;
        var conversion = read.Conversion;
        admitted.Submitted[index] = submitted;
        if (read.Unreadable)
        {
            string stated = lines.IsEmpty
                ? "states no credit"
                : "states credit only in " + string.Join(", ", lines.Select(l => l.Unit.Id).Distinct());
            string accepted = units.Conversions.IsEmpty ? units.Unit.Id : $"{units.Unit} (or converts {string.Join(", ", units.Conversions.Select(c => c.From.Id))})";
            string orDuration = units.FromDuration is null ? string.Empty : " or a documented duration";
            admitted.Refuse(index, 0, NotCountedReason.UnknownUnit, units,
                $"The activity {stated}{(units.FromDuration is null ? string.Empty : " and documents no duration")}; the {policy.Credential} policy counts {accepted}{orDuration}.");
            return;
        }
        if (read.FromDuration is { } fromDuration)
        {
            admitted.Note(index, $"Converted from the documented {activity.DurationMinutes} minutes: {fromDuration.Describe()} ({fromDuration.RuleId})");
        }
        if (conversion is not null)
        {
            admitted.Note(index, $"Converted from {conversion.From}: {conversion.Describe()} ({conversion.RuleId})");
        }
        if (read.OtherLines > 0)
        {
            admitted.Note(index, $"{read.OtherLines} credit line(s) in other units are left to the policies of other credentials.");
        }

        if (RefuseForDateOrDuplicate(admitted, dates, activity, index, submitted, asOf, duplicated))
        {
            return;
        }
        foreach (var cutoff in policy.Cutoffs)
        {
            if (activity.Kind == cutoff.Kind && activity.CompletedOn > cutoff.LastDay)
            {
                admitted.Refuse(index, submitted, NotCountedReason.NotAccepted, cutoff,
                    $"Completed on {Iso(activity.CompletedOn)}; an activity of the kind '{cutoff.Kind}' counts only for what was completed through {Iso(cutoff.LastDay)}.");
                return;
            }
        }
        if (repeated is not null && policy.RecurringTraining is { } recurring)
        {
            admitted.Refuse(index, submitted, NotCountedReason.NotAccepted, recurring,
                $"The same training as '{repeated.Id}' completed on {Iso(repeated.CompletedOn)}; it counts once per {Describe(recurring.CountsOncePer)}.");
            return;
        }
        if (policy.RecurringTraining is { } untitled && activity.Kind == untitled.Kind && string.IsNullOrWhiteSpace(activity.Title))
        {
            admitted.Note(index, $"The training has no title, so it cannot be matched with earlier ones; {untitled.Describe()} ({untitled.RuleId})");
        }
        if (policy.SelfStudy is { } selfStudy && activity.Kind == selfStudy.Kind)
        {
            if (activity.PurchasedOn is not { } purchasedOn)
            {
                admitted.Refuse(index, submitted, NotCountedReason.NeedsReview, selfStudy,
                    $"The purchase date of the self-study program is not documented; it must be completed within {Describe(selfStudy.CompleteWithin)} of purchase.");
                return;
            }
            var lastDay = selfStudy.LastDayFor(purchasedOn);
            if (activity.CompletedOn > lastDay)
            {
                admitted.Refuse(index, submitted, NotCountedReason.NotAccepted, selfStudy,
                    $"Completed on {Iso(activity.CompletedOn)}, after {Iso(lastDay)}, the last day of {Describe(selfStudy.CompleteWithin)} from its purchase on {Iso(purchasedOn)}.");
                return;
            }
        }

        // Line by line: category, then the non-approved duration rule over the non-approved lines together.
        var categories = policy.Categories;
        var candidates = new List<CreditPiece>(lines.Length);
        long nonApprovedTotal = 0;
        long nonApprovedOriginal = 0;
        string bodyId = policy.Credential.Body.Id;
        if (read.FromDuration is not null)
        {
            bool approvedByBody = false;
            foreach (var line in lines)
            {
                approvedByBody |= line.IsApprovedBy(bodyId);
            }
            if (!approvedByBody)
            {
                nonApprovedTotal = submitted;
            }
            candidates.Add(new CreditPiece { Activity = index, Rank = rank, Line = 0, Amount = submitted, CategoryIndex = -1, Approved = approvedByBody });
        }
        for (int l = 0; l < lines.Length; l++)
        {
            if (amounts[l] < 0)
            {
                continue;
            }
            var line = lines[l];
            int categoryIndex = -1;
            if (line.Category is { } category && categories is not null)
            {
                categoryIndex = categories.IndexOf(category);
                if (categoryIndex < 0)
                {
                    admitted.Refuse(index, amounts[l], NotCountedReason.UnknownCategory, categories,
                        $"The line names the category '{category}'; the {policy.Credential} policy has {string.Join(", ", categories.Categories)}.");
                    continue;
                }
            }
            else if (categories is { Required: true })
            {
                admitted.Refuse(index, amounts[l], NotCountedReason.NeedsReview, categories,
                    $"The line names no category; the {policy.Credential} policy sorts every point into {string.Join(", ", categories.Categories)}, so a person must assign one.");
                continue;
            }
            bool approved = conversion is not { CountsAsNonApproved: true } && line.IsApprovedBy(bodyId);
            if (!approved)
            {
                nonApprovedTotal += amounts[l];
                nonApprovedOriginal += line.Amount.Hundredths;
            }
            candidates.Add(new CreditPiece
            {
                Activity = index,
                Rank = rank,
                Line = l,
                Amount = amounts[l],
                CategoryIndex = categoryIndex,
                Category = categories is null ? null : line.Category,
                Approved = approved,
            });
        }

        // A body that counts time (NHA, NCCT) takes no more credit than the documented duration supports.
        if (read.FromDuration is null && units.FromDuration is { } timed && activity.DurationMinutes is > 0 and var documented)
        {
            long supported = timed.Convert(documented).Hundredths;
            long claimed = 0;
            foreach (var piece in candidates)
            {
                claimed += piece.Amount;
            }
            if (claimed > supported)
            {
                admitted.Refuse(index, claimed - supported, NotCountedReason.OverCap, timed,
                    $"The activity lasted {documented} minutes, which supports at most {CreditAmount.FromHundredths(supported)} {units.Unit} at one per {timed.MinutesPerUnit} minutes; {CreditAmount.FromHundredths(claimed)} were claimed.");
                nonApprovedTotal = 0;
                for (int c = 0; c < candidates.Count; c++)
                {
                    var piece = candidates[c];
                    piece.Amount = Math.Min(piece.Amount, supported);
                    supported -= piece.Amount;
                    candidates[c] = piece;
                    nonApprovedTotal += piece.Approved ? 0 : piece.Amount;
                }
                candidates.RemoveAll(piece => piece.Amount == 0);
            }
        }

        long nonApprovedAllowed = nonApprovedTotal;
        if (nonApprovedTotal > 0 && policy.NonApprovedDuration is { } duration)
        {
            long? minutes = activity.DurationMinutes;
            bool implied = false;
            if (minutes is null && conversion?.ImpliedMinutesPerUnit is { } perUnit)
            {
                minutes = nonApprovedOriginal * perUnit / 100;
                implied = true;
            }
            if (minutes is null)
            {
                RefuseNonApproved(admitted, candidates, index, NotCountedReason.NeedsReview, duration,
                    $"The activity is not approved by the {policy.Credential.Body.Acronym} and documents no duration; it must last at least {duration.MinimumMinutes} minutes, so a person must review it.");
                return;
            }
            if (minutes < duration.MinimumMinutes)
            {
                RefuseNonApproved(admitted, candidates, index, NotCountedReason.TooShort, duration,
                    $"The activity lasted {minutes} minutes; an activity not approved by the {policy.Credential.Body.Acronym} must last at least {duration.MinimumMinutes} minutes.");
                return;
            }
            long ceiling = minutes.Value * 100 / duration.MinutesPerUnit;
            if (nonApprovedTotal > ceiling)
            {
                nonApprovedAllowed = ceiling;
                admitted.Refuse(index, nonApprovedTotal - ceiling, NotCountedReason.OverCap, duration,
                    $"{(implied ? "The stated units document" : "The activity lasted")} {minutes} minutes, which supports at most {CreditAmount.FromHundredths(ceiling)} {units.Unit} at one per {duration.MinutesPerUnit} minutes; {CreditAmount.FromHundredths(nonApprovedTotal)} were claimed.");
            }
        }

        foreach (var piece in candidates)
        {
            var admittedPiece = piece;
            if (!piece.Approved)
            {
                long take = piece.Amount < nonApprovedAllowed ? piece.Amount : nonApprovedAllowed;
                nonApprovedAllowed -= take;
                admittedPiece.Amount = take;
                if (take == 0)
                {
                    continue;
                }
            }
            admitted.Pieces.Add(admittedPiece);
        }
    }

    /// <summary>What a body reads of an activity's credit, in its own unit.</summary>
    private readonly struct ReadCredit
    {
        /// <summary>Per credit line, the amount in the policy's unit in hundredths, or -1 when the line is not read.</summary>
        internal long[] Amounts { get; init; }

        internal long Submitted { get; init; }

        internal int OtherLines { get; init; }

        internal UnitConversion? Conversion { get; init; }

        internal DurationConversion? FromDuration { get; init; }

        internal bool Unreadable { get; init; }
    }

    /// <summary>
    /// Reads an activity's credit in the policy's unit: the lines in its own unit; else, when the
    /// policy converts durations and one is documented, the duration; else the lines of the first
    /// unit the policy converts; else nothing (unreadable).
    /// </summary>
    private static ReadCredit Read(CredentialPolicy policy, LearningActivity activity)
    {
        var units = policy.Units;
        var lines = activity.Credits;
        var amounts = new long[lines.Length];
        bool anyOwn = false;
        foreach (var line in lines)
        {
            anyOwn |= line.Unit == units.Unit;
        }
        if (!anyOwn && units.FromDuration is { } fromDuration && activity.DurationMinutes is > 0 and var minutes)
        {
            Array.Fill(amounts, -1);
            return new ReadCredit
            {
                Amounts = amounts,
                Submitted = fromDuration.Convert(minutes).Hundredths,
                OtherLines = lines.Length,
                FromDuration = fromDuration,
            };
        }
        UnitConversion? conversion = null;
        if (!anyOwn)
        {
            foreach (var candidate in units.Conversions)
            {
                foreach (var line in lines)
                {
                    if (line.Unit == candidate.From)
                    {
                        conversion = candidate;
                        break;
                    }
                }
                if (conversion is not null)
                {
                    break;
                }
            }
            if (conversion is null)
            {
                Array.Fill(amounts, -1);
                return new ReadCredit { Amounts = amounts, OtherLines = lines.Length, Unreadable = true };
            }
        }
        var unit = conversion?.From ?? units.Unit;
        long submitted = 0;
        int otherLines = 0;
        for (int l = 0; l < lines.Length; l++)
        {
            if (lines[l].Unit != unit)
            {
                amounts[l] = -1;
                otherLines++;
                continue;
            }
            amounts[l] = (conversion?.Convert(lines[l].Amount) ?? lines[l].Amount).Hundredths;
            submitted = checked(submitted + amounts[l]);
        }
        return new ReadCredit { Amounts = amounts, Submitted = submitted, OtherLines = otherLines, Conversion = conversion };
    }

    private static void RefuseNonApproved(AdmittedTranscript admitted, List<CreditPiece> candidates, int index, NotCountedReason reason, PolicyRule rule, string message)
    {
        long refused = 0;
        for (int c = candidates.Count - 1; c >= 0; c--)
        {
            if (!candidates[c].Approved)
            {
                refused += candidates[c].Amount;
                candidates.RemoveAt(c);
            }
        }
        admitted.Refuse(index, refused, reason, rule, message);
        foreach (var piece in candidates)
        {
            admitted.Pieces.Add(piece);
        }
    }

    private static bool RefuseForDateOrDuplicate(AdmittedTranscript admitted, CycleDates dates, LearningActivity activity, int index, long amount, LocalDate asOf, LearningActivity? duplicated)
    {
        if (activity.CompletedOn > asOf)
        {
            admitted.Refuse(index, amount, NotCountedReason.AfterAsOf, AsOfRuleId, RuleSource.CeuRules,
                $"Completed on {Iso(activity.CompletedOn)}, after the as-of date {Iso(asOf)}.");
            return true;
        }
        if (!dates.Window.Contains(activity.CompletedOn))
        {
            admitted.Refuse(index, amount, NotCountedReason.OutsideWindow, dates.WindowRule,
                $"Completed on {Iso(activity.CompletedOn)}, outside the window {Iso(dates.Window.Start)} to {Iso(dates.Window.End)}.");
            return true;
        }
        if (duplicated is not null)
        {
            admitted.Refuse(index, amount, NotCountedReason.Duplicate, DuplicateRuleId, RuleSource.CeuRules,
                string.Equals(duplicated.Id, activity.Id, System.StringComparison.Ordinal)
                    ? $"Another activity has the same id '{activity.Id}'; an activity counts once."
                    : $"The same activity as '{duplicated.Id}' (same kind, date, title, provider and credit); an activity counts once.");
            return true;
        }
        return false;
    }

    internal static string Iso(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    private static string Describe(Period period) => Utility.PeriodRules.Describe(period);
}
