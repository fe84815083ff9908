using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using CeuRules.Model;
using CeuRules.Policies;

namespace CeuRules.Evaluation.Engine;

/// <summary>
/// One thread's reusable buffers for compiling transcripts: once they have grown to the largest
/// transcript seen, compiling allocates nothing. Each thread has its own (<see cref="Current"/>), so
/// nothing mutable is shared between threads.
/// </summary>
internal sealed class Workspace
{
    [ThreadStatic]
    private static Workspace? current;

    private readonly Dictionary<string, int> ids = new(StringComparer.Ordinal);
    private readonly Dictionary<LearningActivity, int> contents = new(SameContent.Instance);
    private readonly KeyCounter cheap = new();
    private int[] cheapSlots = [];
    private int[] duplicateOf = [];
    private int[] repeatOf = [];
    private int[] order = [];
    private long[] sortKeys = [];
    private long[] counted = [];
    private long[] remaining = [];
    private Admission.GateResult[] gates = [];

    /// <summary>This thread's workspace.</summary>
    internal static Workspace Current => current ??= new Workspace();

    /// <summary>The compiled transcript the one-shot evaluations of this thread reuse.</summary>
    internal CompiledTranscript Compiled { get; } = new();

    /// <summary>Scratch space for the explained allocation: the CPR cards that passed the dates.</summary>
    internal List<int> Cards { get; } = new();

    /// <summary>The explained allocation's refusals by a cap, by activity (see <see cref="Allocation.Assign"/>); emptied by <see cref="Release"/>.</summary>
    internal List<CapRefusal> CapRefusals { get; } = new();

    /// <summary>Scratch space for the explained allocation: the non-approved pieces that passed the dates.</summary>
    internal List<int> Pool { get; } = new();

    /// <summary>Scratch keys for sorting pieces by day in the explained allocation.</summary>
    internal Span<long> SortKeysFor(int length) => Grow(ref sortKeys, length);

    /// <summary>Scratch space for what each piece counts in the explained allocation: cleared, valid until <see cref="Release"/>.</summary>
    internal long[] CountedFor(int pieces)
    {
        Grow(ref counted, pieces).Clear();
        return counted;
    }

    /// <summary>Scratch space for what is left of each non-approved piece in the explained allocation (written before it is read).</summary>
    internal Span<long> RemainingFor(int pieces) => Grow(ref remaining, pieces);

    /// <summary>Scratch space for each activity's date gate in the explained evaluation, valid until <see cref="Release"/>.</summary>
    internal Span<Admission.GateResult> GatesFor(int activities) => Grow(ref gates, activities);

    /// <summary>Scratch space for one activity's candidate pieces.</summary>
    internal List<CreditPiece> Candidates { get; } = new();

    /// <summary>Per credit line of the activity being read, its amount in the policy's unit (hundredths) or -1.</summary>
    internal long[] LineAmounts { get; private set; } = new long[4];

    internal Span<long> LineAmountsFor(int lines)
    {
        if (LineAmounts.Length < lines)
        {
            LineAmounts = new long[Math.Max(lines, LineAmounts.Length * 2)];
        }
        return LineAmounts.AsSpan(0, lines);
    }

    /// <summary>
    /// Lets go of what an explained evaluation left behind (its refusals and notes), and of buffers
    /// grown for a transcript of more than <see cref="KeptActivities"/> activities, so that a thread
    /// does not hold on to a large transcript's memory after evaluating it.
    /// </summary>
    internal void Release()
    {
        Compiled.ReleaseReferences();
        CapRefusals.Clear();
        if (Compiled.Entries.Length > KeptActivities)
        {
            current = new Workspace();
        }
    }

    /// <summary>The largest transcript whose buffers a thread keeps for the next evaluation.</summary>
    internal const int KeptActivities = 16_384;

    /// <summary>
    /// For each activity, the index of the activity it duplicates, or -1. Two activities are
    /// duplicates when they share an id, or when they state the same kind, completion date, title,
    /// provider and credit (title and provider compared without case or surrounding space; only
    /// titled activities are compared by content). Of each group the first in canonical order
    /// (<see cref="TranscriptOrder"/>) is kept, so shuffling the transcript changes nothing (of
    /// identical copies, the one with the lowest index, as <see cref="RepeatsOf"/> orders them). Linear
    /// in the transcript: the canonical order is consulted only where two activities collide.
    /// </summary>
    internal ReadOnlySpan<int> DuplicatesOf(ImmutableArray<LearningActivity> activities)
    {
        int n = activities.Length;
        var result = Grow(ref duplicateOf, n);
        result.Fill(-1);
        bool idCollision = false;
        for (int i = 0; i < n; i++)
        {
            ref int kept = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(ids, activities[i].Id, out bool exists);
            if (!exists)
            {
                kept = i;
            }
            else
            {
                idCollision = true;
                if (TranscriptOrder.Compare(activities[i], activities[kept]) < 0)
                {
                    kept = i;
                }
            }
        }
        if (idCollision)
        {
            for (int i = 0; i < n; i++)
            {
                int kept = ids[activities[i].Id];
                result[i] = kept == i ? -1 : kept;
            }
        }

        // By content, in two stages: the cheap fields first (date, number of lines, first amount), so that
        // titles are hashed and compared only for the activities that share them with another.
        var slots = Grow(ref cheapSlots, n);
        cheap.Reset(n);
        for (int i = 0; i < n; i++)
        {
            if (result[i] < 0 && activities[i].Title is not null)
            {
                slots[i] = cheap.Add(SameContent.CheapHash(activities[i]));
            }
        }
        contents.Clear();
        bool contentCollision = false;
        for (int i = 0; i < n; i++)
        {
            if (result[i] >= 0 || activities[i].Title is null || cheap.CountAt(slots[i]) < 2)
            {
                continue;
            }
            ref int kept = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(contents, activities[i], out bool exists);
            if (!exists)
            {
                kept = i;
            }
            else
            {
                contentCollision = true;
                if (TranscriptOrder.Compare(activities[i], activities[kept]) < 0)
                {
                    kept = i;
                }
            }
        }
        if (contentCollision)
        {
            for (int i = 0; i < n; i++)
            {
                if (result[i] < 0 && activities[i].Title is not null && cheap.CountAt(slots[i]) >= 2)
                {
                    int kept = contents[activities[i]];
                    result[i] = kept == i ? -1 : kept;
                }
            }
        }
        contents.Clear();
        ids.Clear();
        return result;
    }

    /// <summary>
    /// For each activity of the recurring kind, the earlier activity with the same title that it
    /// repeats within the rule's period (-1 when none). The earlier one is the last of its title that
    /// did not itself repeat another, so a training counts again once the period has passed.
    /// </summary>
    internal ReadOnlySpan<int> RepeatsOf(RecurringTrainingRule rule, ImmutableArray<LearningActivity> activities)
    {
        int n = activities.Length;
        var result = Grow(ref repeatOf, n);
        result.Fill(-1);
        var titled = Grow(ref order, n);
        int count = 0;
        for (int i = 0; i < n; i++)
        {
            if (activities[i].Kind == rule.Kind && !string.IsNullOrWhiteSpace(activities[i].Title))
            {
                titled[count++] = i;
            }
        }
        titled = titled[..count];
        titled.Sort(new TitleDateOrder(activities));
        for (int start = 0; start < count;)
        {
            int end = start + 1;
            while (end < count && TitleDateOrder.SameTitle(activities[titled[start]], activities[titled[end]]))
            {
                end++;
            }
            int anchor = titled[start];
            for (int k = start + 1; k < end; k++)
            {
                if (rule.Repeats(activities[anchor].CompletedOn, activities[titled[k]].CompletedOn))
                {
                    result[titled[k]] = anchor;
                }
                else
                {
                    anchor = titled[k];
                }
            }
            start = end;
        }
        return result;
    }

    private static Span<T> Grow<T>(ref T[] buffer, int length)
    {
        if (buffer.Length < length)
        {
            buffer = new T[Math.Max(length, buffer.Length * 2)];
        }
        return buffer.AsSpan(0, length);
    }

    /// <summary>Activities by title (trimmed, without case), then completion date, then canonical order, then index.</summary>
    private readonly struct TitleDateOrder : IComparer<int>
    {
        private readonly ImmutableArray<LearningActivity> activities;

        internal TitleDateOrder(ImmutableArray<LearningActivity> activities) => this.activities = activities;

        internal static bool SameTitle(LearningActivity x, LearningActivity y) =>
            x.Title.AsSpan().Trim().Equals(y.Title.AsSpan().Trim(), StringComparison.OrdinalIgnoreCase);

        public int Compare(int x, int y)
        {
            var a = activities[x];
            var b = activities[y];
            int c = a.Title.AsSpan().Trim().CompareTo(b.Title.AsSpan().Trim(), StringComparison.OrdinalIgnoreCase);
            if (c != 0)
            {
                return c;
            }
            c = a.CompletedOn.CompareTo(b.CompletedOn);
            if (c != 0)
            {
                return c;
            }
            // Identical copies compare equal in canonical order; the lower index, as in DuplicatesOf, comes first.
            c = TranscriptOrder.Compare(a, b);
            return c != 0 ? c : x.CompareTo(y);
        }
    }

    /// <summary>Equality by content: kind, completion date, title and provider (trimmed, without case) and every credit line.</summary>
    internal sealed class SameContent : IEqualityComparer<LearningActivity>
    {
        internal static readonly SameContent Instance = new();

        public bool Equals(LearningActivity? x, LearningActivity? y)
        {
            if (x is null || y is null)
            {
                return ReferenceEquals(x, y);
            }
            if (x.Kind != y.Kind || x.CompletedOn != y.CompletedOn || x.Credits.Length != y.Credits.Length
                || !Same(x.Title, y.Title) || !Same(x.Provider, y.Provider))
            {
                return false;
            }
            for (int l = 0; l < x.Credits.Length; l++)
            {
                var a = x.Credits[l];
                var b = y.Credits[l];
                if (a.Amount != b.Amount || a.Unit != b.Unit || !Nullable.Equals(a.Category, b.Category)
                    || !a.ApprovedBy.AsSpan().SequenceEqual(b.ApprovedBy.AsSpan()))
                {
                    return false;
                }
            }
            return true;
        }

        /// <summary>
        /// A hash of every field <see cref="Equals(LearningActivity?, LearningActivity?)"/> compares: the
        /// date, the title and provider (trimmed, without case), the kind and every credit line, so that
        /// buckets hold only true duplicates and detection stays linear.
        /// </summary>
        public int GetHashCode(LearningActivity obj)
        {
            // Every field Equals compares is hashed, so activities that differ only in provider, kind or a
            // later line do not share a bucket (they made detection quadratic).
            var hash = new HashCode();
            hash.Add(CheapHash(obj));
            hash.Add(string.GetHashCode(obj.Title.AsSpan().Trim(), StringComparison.OrdinalIgnoreCase));
            hash.Add(string.GetHashCode(obj.Provider.AsSpan().Trim(), StringComparison.OrdinalIgnoreCase));
            hash.Add(obj.Kind);
            foreach (var line in obj.Credits)
            {
                hash.Add(line.Amount.Hundredths);
                hash.Add(line.Unit);
                hash.Add(line.Category);
                foreach (var body in line.ApprovedBy)
                {
                    hash.Add(body, StringComparer.Ordinal);
                }
            }
            return hash.ToHashCode();
        }

        /// <summary>A hash of the fields that cost nothing to read: equal activities have equal cheap hashes.</summary>
        internal static int CheapHash(LearningActivity obj) => HashCode.Combine(
            obj.CompletedOn,
            obj.Credits.Length,
            obj.Credits.IsEmpty ? 0L : obj.Credits[0].Amount.Hundredths);

        private static bool Same(string? x, string? y) => x.AsSpan().Trim().Equals(y.AsSpan().Trim(), StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Counts integer keys in an open-addressing table that is never cleared: a slot belongs to the
    /// current round only when it carries the round's stamp, so starting a round costs nothing.
    /// </summary>
    private sealed class KeyCounter
    {
        private int[] keys = new int[16];
        private int[] counts = new int[16];
        private int[] stamps = new int[16];
        private int stamp;
        private int mask = 15;

        /// <summary>Starts a round for up to <paramref name="capacity"/> keys.</summary>
        internal void Reset(int capacity)
        {
            if (keys.Length < capacity * 2)
            {
                int size = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, capacity * 2));
                keys = new int[size];
                counts = new int[size];
                stamps = new int[size];
                stamp = 0;
                mask = size - 1;
            }
            if (++stamp == int.MaxValue)
            {
                Array.Clear(stamps);
                stamp = 1;
            }
        }

        /// <summary>Counts a key and returns its slot.</summary>
        internal int Add(int key)
        {
            int slot = (int)((uint)(key * -1640531527) >> 7) & mask;
            while (stamps[slot] == stamp && keys[slot] != key)
            {
                slot = (slot + 1) & mask;
            }
            if (stamps[slot] != stamp)
            {
                stamps[slot] = stamp;
                keys[slot] = key;
                counts[slot] = 0;
            }
            counts[slot]++;
            return slot;
        }

        /// <summary>How many times the key in a slot was counted this round.</summary>
        internal int CountAt(int slot) => counts[slot];
    }
}
