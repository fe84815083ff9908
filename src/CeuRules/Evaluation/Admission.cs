using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using CeuRules.Model;
using CeuRules.Policies;
using NodaTime;

namespace CeuRules.Evaluation;

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

    /// <summary>
    /// Compiles a transcript under a policy version into <paramref name="target"/>. With
    /// <paramref name="explain"/> unset, no refusal or note is recorded and nothing is allocated
    /// once the workspace's buffers have grown to the transcript's size.
    /// </summary>
    internal static void Compile(PreparedPolicy prepared, ImmutableArray<LearningActivity> activities, CompiledTranscript target, Workspace workspace, bool explain)
    {
        target.Reset(activities.Length, explain);
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
                long amount = Read(policy, activity, workspace).Submitted;
                entries[i].Submitted = amount;
                entries[i].RefusedBeforeDates = true;
                if (explain)
                {
                    target.Refuse(i, amount, NotCountedReason.NotAccepted, refused,
                        Say.NotAccepted(policy, activity));
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

    /// <summary>The date gate, in the order the rules apply: refused before, after the as-of date, outside the window, duplicate.</summary>
    internal static GateResult Gate(in ActivityEntry entry, int asOfDay, int windowStartDay, int windowEndDay)
    {
        if (entry.RefusedBeforeDates)
        {
            return GateResult.RefusedBefore;
        }
        if (entry.Day > asOfDay)
        {
            return GateResult.AfterAsOf;
        }
        if (entry.Day < windowStartDay || entry.Day > windowEndDay)
        {
            return GateResult.OutsideWindow;
        }
        return entry.DuplicateOf >= 0 ? GateResult.Duplicate : GateResult.Passed;
    }

    /// <summary>The refusal of a whole activity that does not pass the dates (never for <see cref="GateResult.RefusedBefore"/>).</summary>
    internal static NotCountedCredit GateRefusal(GateResult result, in CycleDates dates, ImmutableArray<LearningActivity> activities, int index, in ActivityEntry entry, LocalDate asOf)
    {
        var activity = activities[index];
        var submitted = CreditAmount.FromHundredths(entry.Submitted);
        var (windowStart, windowEnd) = (dates.WindowStart, dates.WindowEnd);
        switch (result)
        {
            case GateResult.AfterAsOf:
                return new NotCountedCredit(submitted, NotCountedReason.AfterAsOf, AsOfRuleId, RuleSource.CeuRules,
                    () => $"Completed on {Iso(activity.CompletedOn)}, after the as-of date {Iso(asOf)}.");
            case GateResult.OutsideWindow:
                return new NotCountedCredit(submitted, NotCountedReason.OutsideWindow, dates.WindowRule.RuleId, dates.WindowRule.Source,
                    () => $"Completed on {Iso(activity.CompletedOn)}, outside the window {Iso(windowStart)} to {Iso(windowEnd)}.");
            case GateResult.Duplicate:
                var duplicated = activities[entry.DuplicateOf];
                return new NotCountedCredit(submitted, NotCountedReason.Duplicate, DuplicateRuleId, RuleSource.CeuRules,
                    () => string.Equals(duplicated.Id, activity.Id, System.StringComparison.Ordinal)
                        ? $"Another activity has the same id '{activity.Id}'; an activity counts once."
                        : $"The same activity as '{duplicated.Id}' (same kind, date, title, provider and credit); an activity counts once.");
            default:
                throw new System.ArgumentOutOfRangeException(nameof(result), result, "Only a refused gate has a refusal.");
        }
    }

    private static void AdmitCprCard(CompiledTranscript target, PreparedPolicy prepared, CprCardRule cpr, LearningActivity card, int index)
    {
        long amount = cpr.CreditPerCard.Hundredths;
        target.Entries[index].Submitted = amount;
        if (target.Explain && !card.Credits.IsEmpty)
        {
            target.Note(index, Say.CardLinesUnused(cpr, prepared.Policy), gated: false);
        }
        if (card.ValidMonths != cpr.RequiredValidMonths)
        {
            if (target.Explain)
            {
                target.Refuse(index, amount, NotCountedReason.NeedsReview, cpr, Say.CardValidity(cpr, card));
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
        var read = Read(policy, activity, workspace);
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
            admitted.Refuse(index, 0, NotCountedReason.UnknownUnit, units, Say.UnknownUnit(policy, lines));
            return;
        }
        if (explain && read.FromDuration is { } fromDuration)
        {
            admitted.Note(index, Say.FromDuration(fromDuration, activity), gated: false);
        }
        if (explain && conversion is not null)
        {
            admitted.Note(index, Say.Converted(conversion), gated: false);
        }
        if (explain && read.OtherLines > 0)
        {
            admitted.Note(index, Say.OtherLines(read.OtherLines), gated: false);
        }

        // From here on, what is decided applies only to an activity that passes the dates (see Gate).
        foreach (var cutoff in policy.Cutoffs)
        {
            if (activity.Kind == cutoff.Kind && activity.CompletedOn > cutoff.LastDay)
            {
                if (explain)
                {
                    admitted.Refuse(index, submitted, NotCountedReason.NotAccepted, cutoff,
                        Say.AfterCutoff(activity, cutoff));
                }
                return;
            }
        }
        if (repeated is not null && policy.RecurringTraining is { } recurring)
        {
            if (explain)
            {
                admitted.Refuse(index, submitted, NotCountedReason.NotAccepted, recurring,
                    Say.Repeated(repeated, recurring));
            }
            return;
        }
        if (explain && policy.RecurringTraining is { } untitled && activity.Kind == untitled.Kind && string.IsNullOrWhiteSpace(activity.Title))
        {
            admitted.Note(index, Say.Untitled(untitled), gated: true);
        }
        if (policy.SelfStudy is { } selfStudy && activity.Kind == selfStudy.Kind)
        {
            if (activity.PurchasedOn is not { } purchasedOn)
            {
                if (explain)
                {
                    admitted.Refuse(index, submitted, NotCountedReason.NeedsReview, selfStudy,
                        Say.NoPurchaseDate(selfStudy));
                }
                return;
            }
            var lastDay = selfStudy.LastDayFor(purchasedOn);
            if (activity.CompletedOn > lastDay)
            {
                if (explain)
                {
                    admitted.Refuse(index, submitted, NotCountedReason.NotAccepted, selfStudy,
                        Say.SelfStudyLate(activity, selfStudy, lastDay, purchasedOn));
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
                        admitted.Refuse(index, amounts[l], NotCountedReason.UnknownCategory, categories,
                            Say.UnknownCategory(policy, category));
                    }
                    continue;
                }
            }
            else if (categories is { Required: true })
            {
                if (explain)
                {
                    admitted.Refuse(index, amounts[l], NotCountedReason.NeedsReview, categories,
                        Say.NoCategory(policy));
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
            long supported = timed.Convert(documented).Hundredths;
            long claimed = 0;
            foreach (var piece in candidates)
            {
                claimed += piece.Amount;
            }
            if (claimed > supported)
            {
                if (explain)
                {
                    admitted.Refuse(index, claimed - supported, NotCountedReason.OverCap, timed,
                        Say.TimeCap(units, timed, documented, supported, claimed));
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
            long? minutes = activity.DurationMinutes;
            bool implied = false;
            if (minutes is null && conversion?.ImpliedMinutesPerUnit is { } perUnit)
            {
                minutes = nonApprovedOriginal * perUnit / 100;
                implied = true;
            }
            if (minutes is null)
            {
                RefuseNonApproved(admitted, candidates, index, NotCountedReason.NeedsReview, duration, explain ? Say.NoDuration(policy, duration) : string.Empty);
                return;
            }
            if (minutes < duration.MinimumMinutes)
            {
                RefuseNonApproved(admitted, candidates, index, NotCountedReason.TooShort, duration, explain ? Say.TooShort(policy, duration, minutes.Value) : string.Empty);
                return;
            }
            long ceiling = minutes.Value * 100 / duration.MinutesPerUnit;
            if (nonApprovedTotal > ceiling)
            {
                nonApprovedAllowed = ceiling;
                if (explain)
                {
                    admitted.Refuse(index, nonApprovedTotal - ceiling, NotCountedReason.OverCap, duration,
                        Say.DurationCap(units, duration, implied, minutes.Value, ceiling, nonApprovedTotal));
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
    private static ReadCredit Read(CredentialPolicy policy, LearningActivity activity, Workspace workspace)
    {
        var units = policy.Units;
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
            amounts[l] = (conversion?.Convert(lines[l].Amount) ?? lines[l].Amount).Hundredths;
            submitted = checked(submitted + amounts[l]);
        }
        return new ReadCredit { Submitted = submitted, OtherLines = otherLines, Conversion = conversion };
    }

    private static void RefuseNonApproved(CompiledTranscript admitted, List<CreditPiece> candidates, int index, NotCountedReason reason, PolicyRule rule, string message)
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
            admitted.Refuse(index, refused, reason, rule, message);
        }
        foreach (var piece in candidates)
        {
            admitted.AddPiece(piece);
        }
    }

    /// <summary>
    /// The sentences of admission's refusals and notes, each in a method of its own: composing them
    /// inline would give the admission methods, which run for every activity, a large stack frame to
    /// clear on every call.
    /// </summary>
    private static class Say
    {
        internal static string NotAccepted(CredentialPolicy policy, LearningActivity activity) =>
            $"The {policy.Credential.Body.Acronym} does not accept an activity of the kind '{activity.Kind}'.";

        internal static string CardLinesUnused(CprCardRule cpr, CredentialPolicy policy) =>
            $"The policy values a CPR card at {cpr.CreditPerCard} {cpr.Category} {policy.Units.Unit}; the credit lines the card states are not used ({cpr.RuleId}).";

        internal static string CardValidity(CprCardRule cpr, LearningActivity card)
        {
            string validity = card.ValidMonths is { } months ? $"valid for {months} months" : "of undocumented validity";
            return $"The CPR card is {validity}; only a {cpr.RequiredValidMonths}-month card earns {cpr.CreditPerCard} {cpr.Category} points, so a person must review it.";
        }

        internal static string UnknownUnit(CredentialPolicy policy, ImmutableArray<CreditLine> lines)
        {
            var units = policy.Units;
            string stated = lines.IsEmpty
                ? "states no credit"
                : "states credit only in " + string.Join(", ", lines.Select(l => l.Unit.Id).Distinct());
            string accepted = units.Conversions.IsEmpty ? units.Unit.Id : $"{units.Unit} (or converts {string.Join(", ", units.Conversions.Select(c => c.From.Id))})";
            string orDuration = units.FromDuration is null ? string.Empty : " or a documented duration";
            return $"The activity {stated}{(units.FromDuration is null ? string.Empty : " and documents no duration")}; the {policy.Credential} policy counts {accepted}{orDuration}.";
        }

        internal static string FromDuration(DurationConversion fromDuration, LearningActivity activity) =>
            $"Converted from the documented {activity.DurationMinutes} minutes: {fromDuration.Describe()} ({fromDuration.RuleId})";

        internal static string Converted(UnitConversion conversion) =>
            $"Converted from {conversion.From}: {conversion.Describe()} ({conversion.RuleId})";

        internal static string OtherLines(int count) =>
            $"{count} credit line(s) in other units are left to the policies of other credentials.";

        internal static string AfterCutoff(LearningActivity activity, ActivityCutoffRule cutoff) =>
            $"Completed on {Iso(activity.CompletedOn)}; an activity of the kind '{cutoff.Kind}' counts only for what was completed through {Iso(cutoff.LastDay)}.";

        internal static string Repeated(LearningActivity repeated, RecurringTrainingRule recurring) =>
            $"The same training as '{repeated.Id}' completed on {Iso(repeated.CompletedOn)}; it counts once per {Describe(recurring.CountsOncePer)}.";

        internal static string Untitled(RecurringTrainingRule untitled) =>
            $"The training has no title, so it cannot be matched with earlier ones; {untitled.Describe()} ({untitled.RuleId})";

        internal static string NoPurchaseDate(SelfStudyRule selfStudy) =>
            $"The purchase date of the self-study program is not documented; it must be completed within {Describe(selfStudy.CompleteWithin)} of purchase.";

        internal static string SelfStudyLate(LearningActivity activity, SelfStudyRule selfStudy, LocalDate lastDay, LocalDate purchasedOn) =>
            $"Completed on {Iso(activity.CompletedOn)}, after {Iso(lastDay)}, the last day of {Describe(selfStudy.CompleteWithin)} from its purchase on {Iso(purchasedOn)}.";

        internal static string UnknownCategory(CredentialPolicy policy, Category category) =>
            $"The line names the category '{category}'; the {policy.Credential} policy has {string.Join(", ", policy.Categories!.Categories)}.";

        internal static string NoCategory(CredentialPolicy policy) =>
            $"The line names no category; the {policy.Credential} policy sorts every point into {string.Join(", ", policy.Categories!.Categories)}, so a person must assign one.";

        internal static string TimeCap(UnitRule units, DurationConversion timed, int documented, long supported, long claimed) =>
            $"The activity lasted {documented} minutes, which supports at most {CreditAmount.FromHundredths(supported)} {units.Unit} at one per {timed.MinutesPerUnit} minutes; {CreditAmount.FromHundredths(claimed)} were claimed.";

        internal static string NoDuration(CredentialPolicy policy, NonApprovedDurationRule duration) =>
            $"The activity is not approved by the {policy.Credential.Body.Acronym} and documents no duration; it must last at least {duration.MinimumMinutes} minutes, so a person must review it.";

        internal static string TooShort(CredentialPolicy policy, NonApprovedDurationRule duration, long minutes) =>
            $"The activity lasted {minutes} minutes; an activity not approved by the {policy.Credential.Body.Acronym} must last at least {duration.MinimumMinutes} minutes.";

        internal static string DurationCap(UnitRule units, NonApprovedDurationRule duration, bool implied, long minutes, long ceiling, long claimed) =>
            $"{(implied ? "The stated units document" : "The activity lasted")} {minutes} minutes, which supports at most {CreditAmount.FromHundredths(ceiling)} {units.Unit} at one per {duration.MinutesPerUnit} minutes; {CreditAmount.FromHundredths(claimed)} were claimed.";
    }

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

    private static string Describe(Period period) => Utility.PeriodRules.Describe(period);
}
