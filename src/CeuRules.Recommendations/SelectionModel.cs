using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using CeuRules.Evaluation.Engine;
using Google.OrTools.Sat;

namespace CeuRules.Recommendations;

/// <summary>What one course adds to one certification's sums, by category slot, in the policy's exact parts: the engine's admission of it.</summary>
internal sealed class SlotYield
{
    internal SlotYield(int candidate, long[] approved, long[] pool, int cards)
    {
        Candidate = candidate;
        Approved = approved;
        Pool = pool;
        Cards = cards;
    }

    internal int Candidate { get; }

    internal long[] Approved { get; }

    internal long[] Pool { get; }

    /// <summary>The CPR cards it adds (negative when it displaces one of the transcript).</summary>
    internal int Cards { get; }

    internal bool IsEmpty => Cards == 0 && Approved.All(a => a == 0) && Pool.All(p => p == 0);

    internal bool AllNonApproved => Cards == 0 && Approved.All(a => a <= 0) && Pool.Any(p => p > 0);

    /// <summary>Whether it never lowers a sum.</summary>
    internal bool IsNonNegative => Cards >= 0 && Approved.All(a => a >= 0) && Pool.All(p => p >= 0);
}

/// <summary>
/// One certification as the kernel tests it, over its sums before the caps (from
/// <see cref="AdmissionProbe"/>): the transcript's sums, plus what each chosen course adds. Courses
/// whose admissions depend on each other (duplicates, recurring training: the probe's groups) count
/// only through the first of their group chosen, in the order admission takes them. The test: every
/// minimum met once the non-approved pool is capped at <c>L</c>, the cap's room going to the categories
/// short first: total <c>A + min(P, L) ≥ M</c>, approved <c>A ≥ M</c>, category <c>A_c + P_c ≥ M_c</c>, and
/// <c>Σ_c max(0, M_c − A_c) ≤ L</c>; CPR cards count up to their most. Every part of that is linear once
/// <c>min</c> and <c>max</c> are split, which is how <see cref="SelectionModel"/> states it. The model holds
/// no rule of its own: the amounts, the groups and their order are the engine's.
/// </summary>
internal sealed class CertificationModel
{
    internal CertificationModel(AdmissionProbe probe, IReadOnlyList<SlotYield> yields, IReadOnlyList<int[]> groups)
        : this(probe.Slots, probe.Base.Approved, probe.Base.Pool, probe.Base.Cards, probe.Minimums, probe.Cap, probe.MaxCards, probe.CardValue, probe.CardSlot,
            probe.CardsApproved, yields, groups)
    {
    }

    private CertificationModel(int slots, long[] baseApproved, long[] basePool, int baseCards, ImmutableArray<ProbeMinimum> minimums, long cap,
        int maxCards, long cardValue, int cprSlot, bool cprApproved, IReadOnlyList<SlotYield> yields, IReadOnlyList<int[]> groups)
    {
        Slots = slots;
        BaseApproved = baseApproved;
        BasePool = basePool;
        BaseCards = baseCards;
        Minimums = minimums;
        Cap = cap;
        MaxCards = maxCards;
        CardValue = cardValue;
        CprSlot = cprSlot;
        CprApproved = cprApproved;
        Yields = yields;
        Groups = groups;
        YieldOf = yields.ToDictionary(y => y.Candidate);
    }

    internal int Slots { get; }

    internal long[] BaseApproved { get; }

    internal long[] BasePool { get; }

    internal int BaseCards { get; }

    internal ImmutableArray<ProbeMinimum> Minimums { get; }

    /// <summary>The non-approved cap, or -1 for none.</summary>
    internal long Cap { get; }

    /// <summary>The most CPR cards that count, 0 when the policy values none.</summary>
    internal int MaxCards { get; }

    internal long CardValue { get; }

    internal int CprSlot { get; }

    internal bool CprApproved { get; }

    /// <summary>What each candidate taking part adds when it counts (members of a group included, even when they add nothing).</summary>
    internal IReadOnlyList<SlotYield> Yields { get; }

    /// <summary>The groups of candidates of which only the first chosen counts, each in admission's order.</summary>
    internal IReadOnlyList<int[]> Groups { get; }

    internal Dictionary<int, SlotYield> YieldOf { get; }

    /// <summary>The candidates that count when <paramref name="chosen"/> are taken: every chosen one outside a group, and the first chosen of each group.</summary>
    internal IEnumerable<SlotYield> Counting(Func<int, bool> chosen)
    {
        var grouped = new HashSet<int>(Groups.SelectMany(g => g));
        foreach (var y in Yields)
        {
            if (!grouped.Contains(y.Candidate) && chosen(y.Candidate))
            {
                yield return y;
            }
        }
        foreach (var group in Groups)
        {
            foreach (int member in group)
            {
                if (chosen(member))
                {
                    yield return YieldOf[member];
                    break;
                }
            }
        }
    }

    /// <summary>The sums with the chosen candidates added.</summary>
    internal (long[] Approved, long[] Pool) Sums(Func<int, bool> chosen)
    {
        var approved = (long[])BaseApproved.Clone();
        var pool = (long[])BasePool.Clone();
        int cards = BaseCards;
        foreach (var y in Counting(chosen))
        {
            for (int s = 0; s < Slots; s++)
            {
                approved[s] = checked(approved[s] + y.Approved[s]);
                pool[s] = checked(pool[s] + y.Pool[s]);
            }
            cards += y.Cards;
        }
        if (MaxCards > 0)
        {
            long cpr = Math.Min(Math.Max(0, cards), MaxCards) * CardValue;
            (CprApproved ? approved : pool)[CprSlot] += cpr;
        }
        return (approved, pool);
    }

    /// <summary>Whether the kernel's test holds with the chosen candidates added.</summary>
    internal bool Met(Func<int, bool> chosen)
    {
        var (approved, pool) = Sums(chosen);
        long a = approved.Sum();
        long p = pool.Sum();
        long counted = Cap >= 0 ? Math.Min(p, Cap) : p;
        var deficit = new long[Slots];
        foreach (var m in Minimums)
        {
            switch (m.Target)
            {
                case RequirementTarget.Total when a + counted < m.Amount:
                case RequirementTarget.Approved when a < m.Amount:
                case RequirementTarget.Category when approved[m.Slot] + pool[m.Slot] < m.Amount:
                    return false;
                case RequirementTarget.Category:
                    deficit[m.Slot] = Math.Max(deficit[m.Slot], m.Amount - approved[m.Slot]);
                    break;
            }
        }
        return Cap < 0 || deficit.Sum() <= Cap;
    }

    /// <summary>
    /// The model over the candidates of <paramref name="local"/> only, renumbered (the others are never chosen), with every amount
    /// divided by their greatest common divisor: the same inequalities, exactly, in the smallest numbers (the policy's parts can be
    /// finer than any amount at hand, and smaller coefficients solve faster).
    /// </summary>
    internal CertificationModel Localize(Dictionary<int, int> local)
    {
        var yields = Yields.Where(y => local.ContainsKey(y.Candidate)).ToList();
        long divisor = 0;
        void Take(long value) => divisor = (long)System.Numerics.BigInteger.GreatestCommonDivisor(divisor, Math.Abs(value));
        foreach (long value in BaseApproved.Concat(BasePool).Concat(yields.SelectMany(y => y.Approved.Concat(y.Pool))).Concat(Minimums.Select(m => m.Amount)))
        {
            Take(value);
        }
        if (Cap >= 0)
        {
            Take(Cap);
        }
        if (MaxCards > 0)
        {
            Take(CardValue);
        }
        long d = Math.Max(1, divisor);
        long[] Scaled(long[] values) => d == 1 ? values : values.Select(v => v / d).ToArray();
        return new(Slots, Scaled(BaseApproved), Scaled(BasePool), BaseCards, [.. Minimums.Select(m => m with { Amount = m.Amount / d })], Cap >= 0 ? Cap / d : Cap,
            MaxCards, CardValue / d, CprSlot, CprApproved,
            yields.Select(y => new SlotYield(local[y.Candidate], Scaled(y.Approved), Scaled(y.Pool), y.Cards)).ToList(),
            Groups.Select(g => g.Where(local.ContainsKey).Select(i => local[i]).ToArray()).Where(g => g.Length > 1).ToList());
    }
}

/// <summary>The outcome of a solve.</summary>
internal readonly record struct Selection(bool[] Chosen, RecommendationSolveStatus Status);

/// <summary>
/// The selection as a CP-SAT model: one Boolean per candidate course, the certifications' tests as
/// linear constraints, and the objective and its two tie-breaks minimised one after another, each
/// optimum fixed before the next (lexicographic). Only an OPTIMAL status from every stage makes the
/// selection <see cref="RecommendationSolveStatus.Optimal"/>.
/// </summary>
internal static class SelectionModel
{
    internal static Selection Solve(int candidates, IReadOnlyList<CertificationModel> certifications, IReadOnlyList<long[]> objectives, TimeSpan timeLimit,
        System.Threading.CancellationToken cancellationToken = default)
    {
        var model = new CpModel();
        var x = new BoolVar[candidates];
        for (int i = 0; i < candidates; i++)
        {
            x[i] = model.NewBoolVar($"x{i}");
        }
        foreach (var cert in certifications)
        {
            AddCertification(model, x, cert);
        }

        // Elapsed time for the solver's limit, on a monotonic timer (never the calendar clock).
        var watch = System.Diagnostics.Stopwatch.StartNew();
        bool[]? best = null;
        var status = RecommendationSolveStatus.Optimal;
        foreach (var weights in Stages(objectives))
        {
            var objective = LinearExpr.WeightedSum(x, weights);
            model.Minimize(objective);
            double left = (timeLimit - watch.Elapsed).TotalSeconds;
            if (left <= 0.001)
            {
                status = best is null ? RecommendationSolveStatus.Unknown : RecommendationSolveStatus.Feasible;
                break;
            }
            // One worker, so that the same input gives the same selection; presolve off and a fuller LP relaxation, which
            // proves these covering models optimal fastest (presolve alone took seconds on a 1,000-course catalog).
            var solver = new CpSolver
            {
                StringParameters = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"max_time_in_seconds:{left:0.###} num_workers:1 cp_model_presolve:false linearization_level:2 random_seed:1"),
            };
            cancellationToken.ThrowIfCancellationRequested();
            CpSolverStatus result;
            // A cancellation stops the search; the answer it leaves is not used.
            using (cancellationToken.Register(solver.StopSearch))
            {
                result = solver.Solve(model);
            }
            cancellationToken.ThrowIfCancellationRequested();
            if (result is CpSolverStatus.Optimal or CpSolverStatus.Feasible)
            {
                best = x.Select(v => solver.BooleanValue(v)).ToArray();
            }
            if (result != CpSolverStatus.Optimal)
            {
                status = best is null ? RecommendationSolveStatus.Unknown : RecommendationSolveStatus.Feasible;
                break;
            }
            long value = (long)Math.Round(solver.ObjectiveValue);
            model.Add(objective <= value);
            model.ClearHints();
            for (int i = 0; i < candidates; i++)
            {
                model.AddHint(x[i], best![i]);
            }
        }
        return new Selection(best ?? new bool[candidates], best is null ? RecommendationSolveStatus.Unknown : status);
    }

    /// <summary>
    /// The objectives to minimise one after another. When the objective and its tie-breaks fit one weighted
    /// sum without overflow, that sum alone: each objective is weighted by one more than the largest value
    /// the ones after it can take together, so that the sum orders selections exactly as the objectives do
    /// lexicographically (<c>w1·(S2+1)(S3+1) + w2·(S3+1) + w3</c>, with <c>S</c> the sum of an objective's
    /// weights); the largest value it can take is checked to stay below 2^62. Otherwise, one stage each.
    /// </summary>
    internal static IReadOnlyList<long[]> Stages(IReadOnlyList<long[]> objectives)
    {
        var scale = System.Numerics.BigInteger.One;
        var multipliers = new System.Numerics.BigInteger[objectives.Count];
        var largest = System.Numerics.BigInteger.Zero;
        for (int o = objectives.Count - 1; o >= 0; o--)
        {
            multipliers[o] = scale;
            var sum = objectives[o].Aggregate(System.Numerics.BigInteger.Zero, (total, w) => total + w);
            largest += sum * scale;
            scale *= sum + 1;
        }
        if (largest >= System.Numerics.BigInteger.One << 62)
        {
            return objectives;
        }
        int n = objectives.Count == 0 ? 0 : objectives[0].Length;
        var combined = new long[n];
        for (int i = 0; i < n; i++)
        {
            var value = System.Numerics.BigInteger.Zero;
            for (int o = 0; o < objectives.Count; o++)
            {
                value += objectives[o][i] * multipliers[o];
            }
            combined[i] = (long)value;
        }
        return [combined];
    }

    private static void AddCertification(CpModel model, BoolVar[] x, CertificationModel cert)
    {
        var approved = new LinearExprBuilder[cert.Slots];
        var pool = new LinearExprBuilder[cert.Slots];
        for (int s = 0; s < cert.Slots; s++)
        {
            approved[s] = LinearExpr.NewBuilder().Add(cert.BaseApproved[s]);
            pool[s] = LinearExpr.NewBuilder().Add(cert.BasePool[s]);
        }
        var cards = LinearExpr.NewBuilder().Add(cert.BaseCards);

        // Whether each candidate counts: chosen, and for a member of a group, the first of its group chosen. With p_j
        // "one of the group's first j is chosen" (p_j ≥ p_j-1, p_j ≥ x_j, p_j ≤ p_j-1 + x_j), member j counts exactly when p_j − p_j-1 = 1.
        var counts = new Dictionary<int, List<(BoolVar Var, int Sign)>>();
        foreach (var group in cert.Groups)
        {
            BoolVar? previous = null;
            foreach (int member in group)
            {
                BoolVar prefix;
                if (previous is null)
                {
                    prefix = x[member];
                    counts[member] = [(prefix, 1)];
                }
                else
                {
                    prefix = model.NewBoolVar($"first{member}");
                    model.Add(prefix >= previous);
                    model.Add(prefix >= x[member]);
                    model.Add(prefix <= previous + x[member]);
                    counts[member] = [(prefix, 1), (previous, -1)];
                }
                previous = prefix;
            }
        }
        foreach (var y in cert.Yields)
        {
            var terms = counts.TryGetValue(y.Candidate, out var found) ? found : [(x[y.Candidate], 1)];
            foreach (var (variable, sign) in terms)
            {
                for (int s = 0; s < cert.Slots; s++)
                {
                    if (y.Approved[s] != 0)
                    {
                        approved[s].AddTerm(variable, sign * y.Approved[s]);
                    }
                    if (y.Pool[s] != 0)
                    {
                        pool[s].AddTerm(variable, sign * y.Pool[s]);
                    }
                }
                if (y.Cards != 0)
                {
                    cards.AddTerm(variable, sign * y.Cards);
                }
            }
        }
        if (cert.MaxCards > 0)
        {
            // The cards that count: at most the cards taken and at most the policy's most.
            var counted = model.NewIntVar(0, cert.MaxCards, "cards");
            model.Add(counted <= cards);
            (cert.CprApproved ? approved : pool)[cert.CprSlot].AddTerm(counted, cert.CardValue);
        }
        var approvedTotal = LinearExpr.NewBuilder();
        var poolTotal = LinearExpr.NewBuilder();
        for (int s = 0; s < cert.Slots; s++)
        {
            approvedTotal.Add(approved[s]);
            poolTotal.Add(pool[s]);
        }
        var deficits = new Dictionary<int, IntVar>();
        foreach (var m in cert.Minimums)
        {
            switch (m.Target)
            {
                case RequirementTarget.Total:
                    model.Add(approvedTotal + poolTotal >= m.Amount);
                    if (cert.Cap >= 0)
                    {
                        model.Add(approvedTotal >= m.Amount - cert.Cap);
                    }
                    break;
                case RequirementTarget.Approved:
                    model.Add(approvedTotal >= m.Amount);
                    break;
                default:
                    model.Add(approved[m.Slot] + pool[m.Slot] >= m.Amount);
                    if (cert.Cap >= 0)
                    {
                        if (!deficits.TryGetValue(m.Slot, out var deficit))
                        {
                            deficit = model.NewIntVar(0, cert.Cap, $"deficit{m.Slot}");
                            deficits.Add(m.Slot, deficit);
                        }
                        model.Add(deficit + approved[m.Slot] >= m.Amount);
                    }
                    break;
            }
        }
        if (deficits.Count > 0)
        {
            model.Add(LinearExpr.Sum(deficits.Values) <= cert.Cap);
        }
    }
}
