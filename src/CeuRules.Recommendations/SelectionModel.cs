using System;
using System.Collections.Generic;
using System.Linq;
using Google.OrTools.Sat;

namespace CeuRules.Recommendations;

/// <summary>What a minimum requirement counts, as the engine's kernel reads it.</summary>
internal enum MinimumKind
{
    Total,
    Approved,
    Category,
}

/// <summary>One minimum of a certification's policy, in the certification's exact units.</summary>
internal readonly record struct Minimum(MinimumKind Kind, int Slot, long Amount);

/// <summary>What one course earns one certification, by category slot, in the certification's exact units.</summary>
internal sealed class SlotYield
{
    internal SlotYield(int candidate, long[] approved, long[] pool, bool card)
    {
        Candidate = candidate;
        Approved = approved;
        Pool = pool;
        Card = card;
    }

    internal int Candidate { get; }

    internal long[] Approved { get; }

    internal long[] Pool { get; }

    internal bool Card { get; }

    internal bool IsEmpty => !Card && Approved.All(a => a == 0) && Pool.All(p => p == 0);

    internal bool AllNonApproved => !Card && Approved.All(a => a == 0) && Pool.Any(p => p > 0);
}

/// <summary>
/// One certification's requirements as the kernel decides them, over sums by category slot (slot 0 for
/// credit without a category): approved credit, non-approved credit (the pool, before the cap) and CPR
/// cards. With approved sums <c>A</c>, pool sums <c>P</c> and the cap <c>L</c>, the kernel's test is:
/// total <c>ΣA + min(ΣP, L) ≥ T</c>; approved <c>ΣA ≥ M</c>; per category <c>A_c + P_c ≥ M_c</c> and,
/// since the cap's room goes to the categories short, <c>Σ_c max(0, M_c − A_c) ≤ L</c>; CPR cards count
/// up to their most. Every part of that is linear once <c>min</c> and <c>max</c> are split, which is how
/// <see cref="SelectionModel"/> states it.
/// </summary>
internal sealed class CertificationModel
{
    internal CertificationModel(int slots, long[] baseApproved, long[] basePool, int baseCards, IReadOnlyList<Minimum> minimums, long cap,
        int maxCards, long cardValue, int cprSlot, bool cprApproved, IReadOnlyList<SlotYield> yields)
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
    }

    internal int Slots { get; }

    internal long[] BaseApproved { get; }

    internal long[] BasePool { get; }

    internal int BaseCards { get; }

    internal IReadOnlyList<Minimum> Minimums { get; }

    /// <summary>The non-approved cap, or -1 for none.</summary>
    internal long Cap { get; }

    /// <summary>The most CPR cards that count, 0 when the policy values none.</summary>
    internal int MaxCards { get; }

    internal long CardValue { get; }

    internal int CprSlot { get; }

    internal bool CprApproved { get; }

    internal IReadOnlyList<SlotYield> Yields { get; }

    /// <summary>The sums with the chosen candidates added.</summary>
    internal (long[] Approved, long[] Pool) Sums(Func<int, bool> chosen)
    {
        var approved = (long[])BaseApproved.Clone();
        var pool = (long[])BasePool.Clone();
        int cards = BaseCards;
        foreach (var y in Yields)
        {
            if (!chosen(y.Candidate))
            {
                continue;
            }
            for (int s = 0; s < Slots; s++)
            {
                approved[s] = checked(approved[s] + y.Approved[s]);
                pool[s] = checked(pool[s] + y.Pool[s]);
            }
            cards += y.Card ? 1 : 0;
        }
        if (MaxCards > 0)
        {
            long cpr = Math.Min(cards, MaxCards) * CardValue;
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
            switch (m.Kind)
            {
                case MinimumKind.Total when a + counted < m.Amount:
                case MinimumKind.Approved when a < m.Amount:
                case MinimumKind.Category when approved[m.Slot] + pool[m.Slot] < m.Amount:
                    return false;
                case MinimumKind.Category:
                    deficit[m.Slot] = Math.Max(deficit[m.Slot], m.Amount - approved[m.Slot]);
                    break;
            }
        }
        return Cap < 0 || deficit.Sum() <= Cap;
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
    internal static Selection Solve(int candidates, IReadOnlyList<CertificationModel> certifications, IReadOnlyList<int[]> atMostOne, IReadOnlyList<long[]> objectives,
        TimeSpan timeLimit)
    {
        var model = new CpModel();
        var x = new BoolVar[candidates];
        for (int i = 0; i < candidates; i++)
        {
            x[i] = model.NewBoolVar($"x{i}");
        }
        foreach (var group in atMostOne)
        {
            // Courses the evaluator would take for one (same vendor, kind and title on the same day): at most one counts, so at most one is chosen.
            model.AddAtMostOne(group.Select(i => x[i]));
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
            var result = solver.Solve(model);
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
        foreach (var y in cert.Yields)
        {
            for (int s = 0; s < cert.Slots; s++)
            {
                if (y.Approved[s] != 0)
                {
                    approved[s].AddTerm(x[y.Candidate], y.Approved[s]);
                }
                if (y.Pool[s] != 0)
                {
                    pool[s].AddTerm(x[y.Candidate], y.Pool[s]);
                }
            }
            if (y.Card)
            {
                cards.AddTerm(x[y.Candidate], 1);
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
            switch (m.Kind)
            {
                case MinimumKind.Total:
                    model.Add(approvedTotal + poolTotal >= m.Amount);
                    if (cert.Cap >= 0)
                    {
                        model.Add(approvedTotal >= m.Amount - cert.Cap);
                    }
                    break;
                case MinimumKind.Approved:
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
