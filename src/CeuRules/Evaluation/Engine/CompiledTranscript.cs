using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using CeuRules.Policies;

namespace CeuRules.Evaluation.Engine;

/// <summary>
/// One part of an activity's credit that is admissible under the policy, before the dates and the caps,
/// with what the date gate reads of its activity: the completion day, and whether the activity can count
/// at all (no rule refused it before the dates and it duplicates no other). Every sum the kernel decides
/// from is tallied from these (<see cref="Sums.Tally"/>).
/// </summary>
internal struct CreditPiece
{
    internal int Activity;
    internal int Line;
    internal long Amount;
    internal int CategoryIndex;

    /// <summary>The completion day of the piece's activity (<see cref="DayNumber"/>).</summary>
    internal int Day;
    internal bool Approved;
    internal bool IsCpr;

    /// <summary>Whether the activity passes the gate on any day it passes the dates: not refused before them, not a duplicate.</summary>
    internal bool Live;
}

/// <summary>
/// What admission decided about one activity, whatever the as-of date: what it submitted, whether a
/// rule refused it before the dates are looked at, which activity it duplicates, and the ranges of
/// its admissible pieces, refusals and notes.
/// </summary>
internal struct ActivityEntry
{
    /// <summary>The completion date as a day number (<see cref="DayNumber"/>), so the evaluation loop compares integers.</summary>
    internal int Day;
    internal long Submitted;
    internal int DuplicateOf;
    internal bool RefusedBeforeDates;
    internal int PieceStart;
    internal int PieceCount;
    internal int RefusalStart;
    internal int RefusalCount;
    internal int NoteStart;
    internal int NoteCount;

    /// <summary>How many of the notes (the last ones) apply only when the activity passes the dates.</summary>
    internal int GatedNoteCount;
}

/// <summary>Dates as day numbers counted from 0001-01-01 (earlier dates negative), for integer comparisons in the evaluation loop.</summary>
internal static class DayNumber
{
    private static readonly NodaTime.LocalDate Epoch = new(1, 1, 1);

    /// <summary>The day number of a date.</summary>
    internal static int Of(NodaTime.LocalDate date) =>
        date.Year >= 1 ? date.ToDateOnly().DayNumber : NodaTime.Period.DaysBetween(Epoch, date);
}

/// <summary>
/// A transcript compiled under one policy version: the as-of-independent part of admission, in flat
/// arrays. The summary evaluation walks it without allocating; the explained evaluation also reads
/// the refusals and notes recorded when <see cref="Explain"/> is set.
/// </summary>
/// <remarks>An instance is reused by one thread's <see cref="Workspace"/>.</remarks>
internal sealed class CompiledTranscript
{
    internal ActivityEntry[] Entries { get; private set; } = [];

    internal int Count { get; private set; }

    internal CreditPiece[] Pieces { get; private set; } = [];

    internal int PieceCount { get; private set; }

    /// <summary>Whether refusals and notes are recorded (the explained evaluation) or skipped (the summary).</summary>
    internal bool Explain { get; private set; }

    internal List<NotCountedCredit> Refusals { get; } = new();

    internal List<ActivityNote> Notes { get; } = new();

    /// <summary>The policy version the transcript is compiled under.</summary>
    internal PreparedPolicy Prepared { get; private set; } = null!;

    internal void Reset(PreparedPolicy prepared, int activityCount, bool explain)
    {
        Prepared = prepared;
        if (Entries.Length < activityCount)
        {
            Entries = new ActivityEntry[Math.Max(activityCount, Entries.Length * 2)];
        }
        Count = activityCount;
        PieceCount = 0;
        Explain = explain;
        Refusals.Clear();
        Notes.Clear();
    }

    internal void AddPiece(in CreditPiece piece)
    {
        if (PieceCount == Pieces.Length)
        {
            Grow();
        }
        Pieces[PieceCount++] = piece;
    }

    private void Grow()
    {
        var grown = new CreditPiece[Math.Max(8, Pieces.Length * 2)];
        Array.Copy(Pieces, grown, PieceCount);
        Pieces = grown;
    }

    internal void Refuse(int activity, long amount, NotCountedReason reason, string code, PolicyRule rule, ImmutableArray<DecisionArgument> arguments = default)
    {
        Refusals.Add(new NotCountedCredit(Prepared.Amount(amount), reason, code, rule.RuleId, rule.Source, arguments.IsDefault ? [] : arguments, Prepared.Policy));
        Entries[activity].RefusalCount++;
    }

    internal void Refuse(int activity, long amount, NotCountedReason reason, string code, string ruleId, RuleSource source, ImmutableArray<DecisionArgument> arguments)
    {
        Refusals.Add(new NotCountedCredit(Prepared.Amount(amount), reason, code, ruleId, source, arguments, Prepared.Policy));
        Entries[activity].RefusalCount++;
    }

    internal void Note(int activity, string code, PolicyRule rule, ImmutableArray<DecisionArgument> arguments, bool gated)
    {
        Notes.Add(new ActivityNote(code, rule.RuleId, rule.Source, arguments.IsDefault ? [] : arguments, Prepared.Policy));
        Entries[activity].NoteCount++;
        if (gated)
        {
            Entries[activity].GatedNoteCount++;
        }
    }

    /// <summary>The activity's completion day and whether it can count, stamped on each of its pieces once its admission is done.</summary>
    internal void Stamp(int activity)
    {
        ref readonly var entry = ref Entries[activity];
        bool live = !entry.RefusedBeforeDates && entry.DuplicateOf < 0;
        foreach (ref var piece in Pieces.AsSpan(entry.PieceStart, entry.PieceCount))
        {
            piece.Day = entry.Day;
            piece.Live = live;
        }
    }

    /// <summary>The pieces that can count on some day (of activities no rule refused before the dates and no duplicate), for a prepared evaluation.</summary>
    internal CreditPiece[] LivePieces()
    {
        var all = Pieces.AsSpan(0, PieceCount);
        int count = 0;
        foreach (ref readonly var piece in all)
        {
            count += piece.Live ? 1 : 0;
        }
        var live = new CreditPiece[count];
        int k = 0;
        foreach (ref readonly var piece in all)
        {
            if (piece.Live)
            {
                live[k++] = piece;
            }
        }
        return live;
    }

    internal void ReleaseReferences()
    {
        Refusals.Clear();
        Notes.Clear();
    }

}
