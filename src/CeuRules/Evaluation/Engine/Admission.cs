using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using CeuRules.Model;
using CeuRules.Policies;
using NodaTime;

namespace CeuRules.Evaluation.Engine;

/// <summary>
/// The admission step, compiled once per transcript and policy version: each activity turned into
/// credit in the policy's unit, or refused with a reason and the rule that refused it. What depends
/// on the as-of date (the window, the date itself, duplicates kept out) is the gate the evaluation
/// applies (<see cref="Gate"/>); caps are applied after it (see <see cref="Allocation"/>).
/// </summary>
internal static class Admission
{
    /// <summary>The rule id for activities completed after the as-of date.</summary>
    internal const string AsOfRuleId = "ceurules/as-of";

    /// <summary>The rule id for duplicated activities.</summary>
    internal const string DuplicateRuleId = "ceurules/duplicate";

    /// <summary>The rule id for a CPR card under a policy that has no rule for CPR cards: the body does not count such cards.</summary>
    internal const string CprCardRuleId = "ceurules/cpr-card";

    /// <summary>
    /// Compiles a transcript under a policy version into <paramref name="target"/>. With
    /// <paramref name="explain"/> unset, no refusal or note is recorded and nothing is allocated
    /// once the workspace's buffers have grown to the transcript's size.
    /// </summary>
    internal static void Compile(PreparedPolicy prepared, ImmutableArray<LearningActivity> activities, CompiledTranscript target, Workspace workspace, bool explain)
    {
        target.Reset(prepared, activities.Length, explain);
        var policy = prepared.Policy;
        var entries = target.Entries;
        var duplicateOf = workspace.DuplicatesOf(activities);
        var repeatOf = policy.RecurringTraining is { } recurring ? workspace.RepeatsOf(recurring, activities) : default;
        for (int i = 0; i < activities.Length; i++)
        {
            var activity = activities[i];
            entries[i] = new ActivityEntry
            {
                Day = DayNumber.Of(activity.CompletedOn),
                DuplicateOf = duplicateOf[i],
                PieceStart = target.PieceCount,
                RefusalStart = target.Refusals.Count,
                NoteStart = target.Notes.Count,
            };
            if (policy.NotAcceptedKinds is { } refused && refused.Refuses(activity.Kind))
            {
                long amount = Read(prepared, activity, workspace).Submitted;
                entries[i].Submitted = amount;
                entries[i].RefusedBeforeDates = true;
                if (explain)
                {
                    target.Refuse(i, amount, NotCountedReason.NotAccepted, DecisionCodes.KindNotAccepted, refused, Decision.Args(ArgumentKeys.Kind.With(activity.Kind)));
                }
            }
            else if (policy.CprCards is null && activity.Kind == LearningActivityKind.CprCard)
            {
                // A body without a rule for CPR cards does not count them: the card is refused as a kind
                // the body does not accept, whatever credit it states.
                long amount = Read(prepared, activity, workspace).Submitted;
                entries[i].Submitted = amount;
                entries[i].RefusedBeforeDates = true;
                if (explain)
                {
                    target.Refuse(i, amount, NotCountedReason.NotAccepted, DecisionCodes.KindNotAccepted, CprCardRuleId, RuleSource.CeuRules, Decision.Args(ArgumentKeys.Kind.With(activity.Kind)));
                }
            }
            else if (policy.CprCards is { } cpr && activity.Kind == cpr.Kind)
            {
                AdmitCprCard(target, prepared, cpr, activity, i);
            }
            else
            {
                AdmitCredit(target, prepared, workspace, activity, i, repeatOf.IsEmpty || repeatOf[i] < 0 ? null : activities[repeatOf[i]]);
            }
            entries[i].PieceCount = target.PieceCount - entries[i].PieceStart;
            target.Stamp(i);
        }
    }

    /// <summary>Why an activity does or does not pass the dates.</summary>
    internal enum GateResult
    {
        /// <summary>The activity passes: its compiled pieces, refusals and notes apply.</summary>
        Passed,

        /// <summary>A rule refused it before the dates (its compiled refusal applies).</summary>
        RefusedBefore,

        /// <summary>Completed after the as-of date.</summary>
        AfterAsOf,

        /// <summary>Completed outside the window.</summary>
        OutsideWindow,

        /// <summary>A duplicate of an activity kept.</summary>
        Duplicate,
    }

    /// <summary>The gate, in the order the rules apply: refused before, the dates (<see cref="DateGate.Check"/>), duplicate.</summary>
    internal static GateResult Gate(in ActivityEntry entry, in DateGate dates)
    {
        if (entry.RefusedBeforeDates)
        {
            return GateResult.RefusedBefore;
        }
        var result = dates.Check(entry.Day);
        return result == GateResult.Passed && entry.DuplicateOf >= 0 ? GateResult.Duplicate : result;
    }

    /// <summary>The refusal of a whole activity that does not pass the dates (never for <see cref="GateResult.RefusedBefore"/>).</summary>
    internal static NotCountedCredit GateRefusal(GateResult result, PreparedPolicy prepared, in CycleDates dates, ImmutableArray<LearningActivity> activities, int index, in ActivityEntry entry,
        LocalDate asOf)
    {
        var activity = activities[index];
        var submitted = prepared.Amount(entry.Submitted);
        var policy = prepared.Policy;
        switch (result)
        {
            case GateResult.AfterAsOf:
                return new NotCountedCredit(submitted, NotCountedReason.AfterAsOf, DecisionCodes.AfterAsOf, AsOfRuleId, RuleSource.CeuRules,
                    Decision.Args(ArgumentKeys.CompletedOn.With(activity.CompletedOn), ArgumentKeys.AsOf.With(asOf)), policy);
            case GateResult.OutsideWindow:
                return new NotCountedCredit(submitted, NotCountedReason.OutsideWindow, DecisionCodes.OutsideWindow, dates.WindowRule.RuleId, dates.WindowRule.Source,
                    Decision.Args(ArgumentKeys.CompletedOn.With(activity.CompletedOn), ArgumentKeys.WindowStart.With(dates.WindowStart), ArgumentKeys.WindowEnd.With(dates.WindowEnd)), policy);
            case GateResult.Duplicate:
                var duplicated = activities[entry.DuplicateOf];
                return string.Equals(duplicated.Id, activity.Id, System.StringComparison.Ordinal)
                    ? new NotCountedCredit(submitted, NotCountedReason.Duplicate, DecisionCodes.DuplicateId, DuplicateRuleId, RuleSource.CeuRules,
                        Decision.Args(ArgumentKeys.ActivityId.With(activity.Id)), policy)
                    : new NotCountedCredit(submitted, NotCountedReason.Duplicate, DecisionCodes.DuplicateContent, DuplicateRuleId, RuleSource.CeuRules,
                        Decision.Args(ArgumentKeys.DuplicateOf.With(duplicated.Id)), policy);
            default:
                throw new System.ArgumentOutOfRangeException(nameof(result), result, "Only a refused gate has a refusal.");
        }
    }

    private static void AdmitCprCard(CompiledTranscript target, PreparedPolicy prepared, CprCardRule cpr, LearningActivity card, int index)
    {
        long amount = prepared.CprValue;
        target.Entries[index].Submitted = amount;
        if (target.Explain && !card.Credits.IsEmpty)
        {
            target.Note(index, DecisionCodes.CardLinesUnused, cpr, Decision.Args(ArgumentKeys.CreditPerCard.With(new Credit(cpr.CreditPerCard, prepared.Policy.Units.Unit))), gated: false);
        }
        if (card.ValidMonths != cpr.RequiredValidMonths)
        {
            if (target.Explain)
            {
                target.Refuse(index, amount, NotCountedReason.NeedsReview, DecisionCodes.CprCardValidity, cpr, card.ValidMonths is { } months
                    ? Decision.Args(ArgumentKeys.ValidMonths.With(months), ArgumentKeys.RequiredValidMonths.With(cpr.RequiredValidMonths), ArgumentKeys.CreditPerCard.With(new Credit(cpr.CreditPerCard, prepared.Policy.Units.Unit)))
                    : Decision.Args(ArgumentKeys.RequiredValidMonths.With(cpr.RequiredValidMonths), ArgumentKeys.CreditPerCard.With(new Credit(cpr.CreditPerCard, prepared.Policy.Units.Unit))));
            }
            return;
        }
        target.AddPiece(new CreditPiece
        {
            Activity = index,
            Line = 0,
            Amount = amount,
            CategoryIndex = prepared.CprCategory,
            Approved = cpr.CountsAsApproved,
            IsCpr = true,
        });
    }

    private static void AdmitCredit(CompiledTranscript admitted, PreparedPolicy prepared, Workspace workspace, LearningActivity activity, int index, LearningActivity? repeated)
    {
        var policy = prepared.Policy;
        var units = policy.Units;
        var lines = activity.Credits;
        bool explain = admitted.Explain;
        var read = Read(prepared, activity, workspace);
        long submitted = read.Submitted;
        var amounts = workspace.LineAmounts;
        var conversion = read.Conversion;
        admitted.Entries[index].Submitted = submitted;
        if (read.Unreadable)
        {
            admitted.Entries[index].RefusedBeforeDates = true;
            if (!explain)
            {
                return;
            }
            admitted.Refuse(index, 0, NotCountedReason.UnknownUnit, DecisionCodes.UnknownUnit, units, Decision.Args(ArgumentKeys.StatedUnits.With(StatedUnits(lines))));
            return;
        }
        if (explain && read.FromDuration is { } fromDuration)
        {
            admitted.Note(index, DecisionCodes.ConvertedFromDuration, fromDuration, Decision.Args(ArgumentKeys.Minutes.With(activity.DurationMinutes!.Value),
                ArgumentKeys.MinutesPerUnit.With(fromDuration.MinutesPerUnit), ArgumentKeys.Credit.With(new Credit(prepared.Amount(submitted), units.Unit))), gated: false);
        }
        if (explain && conversion is not null)
        {
            admitted.Note(index, DecisionCodes.ConvertedFromUnit, conversion, Decision.Args(ArgumentKeys.From.With(conversion.From), ArgumentKeys.Factor.With(conversion.Factor)), gated: false);
        }
        if (explain && read.OtherLines > 0)
        {
            admitted.Note(index, DecisionCodes.OtherUnits, units, Decision.Args(ArgumentKeys.Count.With(read.OtherLines)), gated: false);
        }

        // From here on, what is decided applies only to an activity that passes the dates (see Gate).
        foreach (var cutoff in policy.Cutoffs)
        {
            if (activity.Kind == cutoff.Kind && activity.CompletedOn > cutoff.LastDay)
            {
                if (explain)
                {
                    admitted.Refuse(index, submitted, NotCountedReason.NotAccepted, DecisionCodes.AfterCutoff, cutoff,
                        Decision.Args(ArgumentKeys.CompletedOn.With(activity.CompletedOn), ArgumentKeys.LastDay.With(cutoff.LastDay), ArgumentKeys.Kind.With(cutoff.Kind)));
                }
                return;
            }
        }
        if (repeated is not null && policy.RecurringTraining is { } recurring)
        {
            if (explain)
            {
                admitted.Refuse(index, submitted, NotCountedReason.NotAccepted, DecisionCodes.RecurringRepeat, recurring,
                    Decision.Args(ArgumentKeys.RepeatedActivityId.With(repeated.Id), ArgumentKeys.RepeatedOn.With(repeated.CompletedOn), ArgumentKeys.CountsOncePer.With(recurring.CountsOncePer)));
            }
            return;
        }
        if (explain && policy.RecurringTraining is { } untitled && activity.Kind == untitled.Kind && string.IsNullOrWhiteSpace(activity.Title))
        {
            admitted.Note(index, DecisionCodes.UntitledRecurring, untitled, [], gated: true);
        }
        if (policy.SelfStudy is { } selfStudy && activity.Kind == selfStudy.Kind)
        {
            if (activity.PurchasedOn is not { } purchasedOn)
            {
                if (explain)
                {
                    admitted.Refuse(index, submitted, NotCountedReason.NeedsReview, DecisionCodes.SelfStudyNoPurchaseDate, selfStudy,
                        Decision.Args(ArgumentKeys.CompleteWithin.With(selfStudy.CompleteWithin)));
                }
                return;
            }
            var lastDay = selfStudy.LastDayFor(purchasedOn);
            if (activity.CompletedOn > lastDay)
            {
                if (explain)
                {
                    admitted.Refuse(index, submitted, NotCountedReason.NotAccepted, DecisionCodes.SelfStudyLate, selfStudy,
                        Decision.Args(ArgumentKeys.CompletedOn.With(activity.CompletedOn), ArgumentKeys.LastDay.With(lastDay), ArgumentKeys.PurchasedOn.With(purchasedOn), ArgumentKeys.CompleteWithin.With(selfStudy.CompleteWithin)));
                }
                return;
            }
        }

        // Line by line: category, then the non-approved duration rule over the non-approved lines together.
        var categories = policy.Categories;
        var candidates = workspace.Candidates;
        candidates.Clear();
        long nonApprovedTotal = 0;
        long nonApprovedOriginal = 0;
        if (read.FromDuration is not null)
        {
            bool approvedByBody = false;
            foreach (var line in lines)
            {
                approvedByBody |= line.IsApprovedBy(prepared.BodyId);
            }
            if (!approvedByBody)
            {
                nonApprovedTotal = submitted;
            }
            candidates.Add(new CreditPiece { Activity = index, Line = 0, Amount = submitted, CategoryIndex = -1, Approved = approvedByBody });
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
                categoryIndex = prepared.CategoryIndex(category);
                if (categoryIndex < 0)
                {
                    if (explain)
                    {
                        admitted.Refuse(index, amounts[l], NotCountedReason.UnknownCategory, DecisionCodes.UnknownCategory, categories,
                            Decision.Args(ArgumentKeys.Category.With(category)));
                    }
                    continue;
                }
            }
            else if (categories is { Required: true })
            {
                if (explain)
                {
                    admitted.Refuse(index, amounts[l], NotCountedReason.NeedsReview, DecisionCodes.NoCategory, categories);
                }
                continue;
            }
            bool approved = conversion is not { CountsAsNonApproved: true } && line.IsApprovedBy(prepared.BodyId);
            if (!approved)
            {
                nonApprovedTotal += amounts[l];
                nonApprovedOriginal += line.Amount.Hundredths;
            }
            candidates.Add(new CreditPiece
            {
                Activity = index,
                Line = l,
                Amount = amounts[l],
                CategoryIndex = categoryIndex,
                Approved = approved,
            });
        }

        // A body that counts time (NHA, NCCT) takes no more credit than the documented duration supports.
        if (read.FromDuration is null && units.FromDuration is { } timed && activity.DurationMinutes is > 0 and var documented)
        {
            long supported = prepared.Parts(timed.Convert(documented));
            long claimed = 0;
            foreach (var piece in candidates)
            {
                claimed += piece.Amount;
            }
            // A claim stated in hundredths within the hundredth above the exact support is the
            // document's own rounding of it (70 minutes stated as 1.17 clock hours), not an excess.
            if (claimed > WholeHundredthsAbove(prepared, supported))
            {
                if (explain)
                {
                    admitted.Refuse(index, claimed - supported, NotCountedReason.OverCap, DecisionCodes.TimeLimit, timed,
                        Decision.Args(ArgumentKeys.Minutes.With(documented), ArgumentKeys.MinutesPerUnit.With(timed.MinutesPerUnit),
                            ArgumentKeys.Supported.With(new Credit(prepared.Amount(supported), units.Unit)), ArgumentKeys.Claimed.With(new Credit(prepared.Amount(claimed), units.Unit))));
                }
                nonApprovedTotal = 0;
                for (int c = 0; c < candidates.Count; c++)
                {
                    var piece = candidates[c];
                    piece.Amount = Math.Min(piece.Amount, supported);
                    supported -= piece.Amount;
                    candidates[c] = piece;
                    nonApprovedTotal += piece.Approved ? 0 : piece.Amount;
                }
                candidates.RemoveAll(static piece => piece.Amount == 0);
            }
        }

        long nonApprovedAllowed = nonApprovedTotal;
        if (nonApprovedTotal > 0 && policy.NonApprovedDuration is { } duration)
        {
            // Minutes in hundredths of a minute, so that minutes implied by stated units stay exact.
            long? centiminutes = activity.DurationMinutes * 100L;
            bool implied = false;
            if (centiminutes is null && conversion?.ImpliedMinutesPerUnit is { } perUnit)
            {
                centiminutes = checked(nonApprovedOriginal * perUnit);
                implied = true;
            }
            if (centiminutes is null)
            {
                RefuseNonApproved(admitted, candidates, index, NotCountedReason.NeedsReview, DecisionCodes.NoDuration, duration,
                    explain ? Decision.Args(ArgumentKeys.MinimumMinutes.With(duration.MinimumMinutes)) : default);
                return;
            }
            if (centiminutes < duration.MinimumMinutes * 100L)
            {
                RefuseNonApproved(admitted, candidates, index, NotCountedReason.TooShort, DecisionCodes.TooShort, duration,
                    explain ? Decision.Args(ArgumentKeys.Minutes.With(Minutes(centiminutes.Value)), ArgumentKeys.MinimumMinutes.With(duration.MinimumMinutes)) : default);
                return;
            }
            // One unit per so many minutes, in the policy's parts: exact for documented minutes.
            long ceiling = checked(centiminutes.Value * prepared.PartsPerHundredth / duration.MinutesPerUnit);
            if (nonApprovedTotal > WholeHundredthsAbove(prepared, ceiling))
            {
                nonApprovedAllowed = ceiling;
                if (explain)
                {
                    admitted.Refuse(index, nonApprovedTotal - ceiling, NotCountedReason.OverCap, DecisionCodes.DurationLimit, duration,
                        Decision.Args(ArgumentKeys.Minutes.With(Minutes(centiminutes.Value)), ArgumentKeys.MinutesPerUnit.With(duration.MinutesPerUnit),
                            ArgumentKeys.Supported.With(new Credit(prepared.Amount(ceiling), units.Unit)), ArgumentKeys.Claimed.With(new Credit(prepared.Amount(nonApprovedTotal), units.Unit)),
                            ArgumentKeys.ImpliedByUnits.With(implied)));
                }
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
            admitted.AddPiece(admittedPiece);
        }
    }

    /// <summary>What a body reads of an activity's credit, in its own unit; the per-line amounts are in the workspace's <see cref="Workspace.LineAmounts"/>.</summary>
    private readonly struct ReadCredit
    {
        internal long Submitted { get; init; }

        internal int OtherLines { get; init; }

        internal UnitConversion? Conversion { get; init; }

        internal DurationConversion? FromDuration { get; init; }

        internal bool Unreadable { get; init; }
    }

    /// <summary>
    /// Reads an activity's credit in the policy's unit: the lines in its own unit; else, when the
    /// policy converts durations and one is documented, the duration; else the lines of the first
    /// unit the policy converts; else nothing (unreadable). Per line, the amount in the policy's unit
    /// in hundredths, or -1 when the line is not read, goes to the workspace.
    /// </summary>
    private static ReadCredit Read(PreparedPolicy prepared, LearningActivity activity, Workspace workspace)
    {
        var units = prepared.Policy.Units;
        var lines = activity.Credits;
        var amounts = workspace.LineAmountsFor(lines.Length);
        bool anyOwn = false;
        foreach (var line in lines)
        {
            anyOwn |= line.Unit == units.Unit;
        }
        if (!anyOwn && units.FromDuration is { } fromDuration && activity.DurationMinutes is > 0 and var minutes)
        {
            amounts.Fill(-1);
            return new ReadCredit
            {
                Submitted = prepared.Parts(fromDuration.Convert(minutes)),
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
                amounts.Fill(-1);
                return new ReadCredit { OtherLines = lines.Length, Unreadable = true };
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
            amounts[l] = prepared.Parts(conversion?.Convert(lines[l].Amount) ?? lines[l].Amount);
            submitted = checked(submitted + amounts[l]);
        }
        return new ReadCredit { Submitted = submitted, OtherLines = otherLines, Conversion = conversion };
    }

    private static void RefuseNonApproved(CompiledTranscript admitted, List<CreditPiece> candidates, int index, NotCountedReason reason, string code, PolicyRule rule,
        ImmutableArray<DecisionArgument> arguments)
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
        if (admitted.Explain)
        {
            admitted.Refuse(index, refused, reason, code, rule, arguments);
        }
        foreach (var piece in candidates)
        {
            admitted.AddPiece(piece);
        }
    }

    /// <summary>The units an activity states, each once, in order.</summary>
    private static ImmutableArray<string> StatedUnits(ImmutableArray<CreditLine> lines)
    {
        var units = ImmutableArray.CreateBuilder<string>(lines.Length);
        foreach (var line in lines)
        {
            if (!units.Contains(line.Unit.Id))
            {
                units.Add(line.Unit.Id);
            }
        }
        return units.ToImmutable();
    }

    /// <summary>Minutes from hundredths of a minute, as a whole number when they are whole.</summary>
    private static decimal Minutes(long centiminutes) => centiminutes / 100m;

    /// <summary>An amount in the policy's parts rounded up to a whole hundredth: the most a claim stated in hundredths can be while only rounding it.</summary>
    private static long WholeHundredthsAbove(PreparedPolicy prepared, long parts)
    {
        long perHundredth = prepared.PartsPerHundredth;
        long remainder = parts % perHundredth;
        return remainder == 0 ? parts : checked(parts - remainder + perHundredth);
    }
}
