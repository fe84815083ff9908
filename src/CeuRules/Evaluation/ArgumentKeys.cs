using System;
using System.Collections.Immutable;
using CeuRules.Model;
using CeuRules.Utility;
using NodaTime;

namespace CeuRules.Evaluation;

/// <summary>
/// The name and the value type of a decision argument (<see cref="DecisionArgument"/>), declared once in
/// <see cref="ArgumentKeys"/>: the engine writes each argument with its key, and a reader finds it with
/// <see cref="DecisionArguments.Get{T}(ImmutableArray{DecisionArgument}, ArgumentKey{T})"/>, so that a
/// misspelt name or a wrong type does not compile.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public abstract class ArgumentKey
{
    private protected ArgumentKey(string name) => Name = name;

    /// <summary>The name, in camel case, as in <see cref="DecisionArgument.Name"/>.</summary>
    public string Name { get; }

    /// <summary>The type of every value of the argument.</summary>
    public abstract Type ValueType { get; }

    /// <summary>The name and the value type, for example "completedOn: LocalDate".</summary>
    /// <returns>The formatted key.</returns>
    public override string ToString() => $"{Name}: {ValueType.Name}";
}

/// <summary>A decision argument's name with the type of its value (see <see cref="ArgumentKey"/>).</summary>
/// <typeparam name="T">The type of the value.</typeparam>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class ArgumentKey<T> : ArgumentKey
    where T : notnull
{
    internal ArgumentKey(string name)
        : base(name)
    {
    }

    /// <inheritdoc/>
    public override Type ValueType => typeof(T);

    /// <summary>The argument of this key with a value.</summary>
    internal DecisionArgument With(T value) => new(Name, value);
}

/// <summary>Every decision argument the engine writes, each name declared once with the type of its values (docs/formats.md lists which codes carry which).</summary>
public static class ArgumentKeys
{
    /// <summary><c>activityId</c>: The id an activity shares with another.</summary>
    public static readonly ArgumentKey<string> ActivityId = new("activityId");

    /// <summary><c>applyBy</c>: The last day to apply: for the exam, for CE recertification, or for reactivation.</summary>
    public static readonly ArgumentKey<LocalDate> ApplyBy = new("applyBy");

    /// <summary><c>asOf</c>: The date evaluated as of.</summary>
    public static readonly ArgumentKey<LocalDate> AsOf = new("asOf");

    /// <summary><c>attemptOn</c>: The day of an exam attempt.</summary>
    public static readonly ArgumentKey<LocalDate> AttemptOn = new("attemptOn");

    /// <summary><c>attemptsLeft</c>: The exam attempts left.</summary>
    public static readonly ArgumentKey<int> AttemptsLeft = new("attemptsLeft");

    /// <summary><c>category</c>: A category the body does not have.</summary>
    public static readonly ArgumentKey<Category> Category = new("category");

    /// <summary><c>certifiedOn</c>: The certification date.</summary>
    public static readonly ArgumentKey<LocalDate> CertifiedOn = new("certifiedOn");

    /// <summary><c>claimed</c>: The credit an activity claimed.</summary>
    public static readonly ArgumentKey<Credit> Claimed = new("claimed");

    /// <summary><c>completeWithin</c>: How soon after its purchase a self-study program must be completed.</summary>
    public static readonly ArgumentKey<Period> CompleteWithin = new("completeWithin");

    /// <summary><c>completedOn</c>: The day an activity was completed.</summary>
    public static readonly ArgumentKey<LocalDate> CompletedOn = new("completedOn");

    /// <summary><c>count</c>: How many credit lines are left to other credentials.</summary>
    public static readonly ArgumentKey<int> Count = new("count");

    /// <summary><c>countsOncePer</c>: The period within which a recurring training counts once.</summary>
    public static readonly ArgumentKey<Period> CountsOncePer = new("countsOncePer");

    /// <summary><c>credit</c>: The credit converted from a duration.</summary>
    public static readonly ArgumentKey<Credit> Credit = new("credit");

    /// <summary><c>creditPerCard</c>: The credit a CPR card earns.</summary>
    public static readonly ArgumentKey<Credit> CreditPerCard = new("creditPerCard");

    /// <summary><c>duplicateOf</c>: The id of the activity another duplicates by content.</summary>
    public static readonly ArgumentKey<string> DuplicateOf = new("duplicateOf");

    /// <summary><c>earnBy</c>: The last day credit can be completed and still count.</summary>
    public static readonly ArgumentKey<LocalDate> EarnBy = new("earnBy");

    /// <summary><c>expiresOn</c>: The last day the credential is current.</summary>
    public static readonly ArgumentKey<LocalDate> ExpiresOn = new("expiresOn");

    /// <summary><c>factor</c>: The factor of a unit conversion.</summary>
    public static readonly ArgumentKey<decimal> Factor = new("factor");

    /// <summary><c>failedAttempts</c>: The failed exam attempts that count.</summary>
    public static readonly ArgumentKey<int> FailedAttempts = new("failedAttempts");

    /// <summary><c>from</c>: The unit converted from.</summary>
    public static readonly ArgumentKey<CreditUnit> From = new("from");

    /// <summary><c>impliedByUnits</c>: Whether the minutes were implied by the stated units rather than documented.</summary>
    public static readonly ArgumentKey<bool> ImpliedByUnits = new("impliedByUnits");

    /// <summary><c>kind</c>: An activity's kind.</summary>
    public static readonly ArgumentKey<LearningActivityKind> Kind = new("kind");

    /// <summary><c>lastCeDay</c>: The last day recertification by CE is allowed.</summary>
    public static readonly ArgumentKey<LocalDate> LastCeDay = new("lastCeDay");

    /// <summary><c>lastDay</c>: The last day something is still possible.</summary>
    public static readonly ArgumentKey<LocalDate> LastDay = new("lastDay");

    /// <summary><c>limit</c>: The most a cap counts.</summary>
    public static readonly ArgumentKey<Credit> Limit = new("limit");

    /// <summary><c>lookback</c>: How far back a reactivation counts credit.</summary>
    public static readonly ArgumentKey<Period> Lookback = new("lookback");

    /// <summary><c>maxAttempts</c>: The exam attempts allowed.</summary>
    public static readonly ArgumentKey<int> MaxAttempts = new("maxAttempts");

    /// <summary><c>maxCards</c>: The most CPR cards that count.</summary>
    public static readonly ArgumentKey<int> MaxCards = new("maxCards");

    /// <summary><c>minimumMinutes</c>: The shortest a non-approved activity may be, in minutes.</summary>
    public static readonly ArgumentKey<int> MinimumMinutes = new("minimumMinutes");

    /// <summary><c>minutes</c>: An activity's minutes, documented or implied by its units (whole when documented).</summary>
    public static readonly ArgumentKey<decimal> Minutes = new("minutes");

    /// <summary><c>minutesPerUnit</c>: The minutes one unit of credit takes.</summary>
    public static readonly ArgumentKey<int> MinutesPerUnit = new("minutesPerUnit");

    /// <summary><c>needed</c>: The least credit still needed.</summary>
    public static readonly ArgumentKey<Credit> Needed = new("needed");

    /// <summary><c>passBy</c>: The last day to pass the exam.</summary>
    public static readonly ArgumentKey<LocalDate> PassBy = new("passBy");

    /// <summary><c>purchasedOn</c>: The day a self-study program was purchased.</summary>
    public static readonly ArgumentKey<LocalDate> PurchasedOn = new("purchasedOn");

    /// <summary><c>repeatedActivityId</c>: The id of the earlier activity a recurring training repeats.</summary>
    public static readonly ArgumentKey<string> RepeatedActivityId = new("repeatedActivityId");

    /// <summary><c>repeatedOn</c>: The day of the earlier activity a recurring training repeats.</summary>
    public static readonly ArgumentKey<LocalDate> RepeatedOn = new("repeatedOn");

    /// <summary><c>requiredValidMonths</c>: The validity in months a CPR card must have to earn credit.</summary>
    public static readonly ArgumentKey<int> RequiredValidMonths = new("requiredValidMonths");

    /// <summary><c>statedUnits</c>: The units an activity states, each once.</summary>
    public static readonly ArgumentKey<ImmutableArray<string>> StatedUnits = new("statedUnits");

    /// <summary><c>supported</c>: The credit the documented time supports.</summary>
    public static readonly ArgumentKey<Credit> Supported = new("supported");

    /// <summary><c>validMonths</c>: A CPR card's validity in months, when stated.</summary>
    public static readonly ArgumentKey<int> ValidMonths = new("validMonths");

    /// <summary><c>windowEnd</c>: The last day of the window in which activities count.</summary>
    public static readonly ArgumentKey<LocalDate> WindowEnd = new("windowEnd");

    /// <summary><c>windowStart</c>: The first day of the window in which activities count.</summary>
    public static readonly ArgumentKey<LocalDate> WindowStart = new("windowStart");
}

/// <summary>Reading decision arguments by their keys.</summary>
public static class DecisionArguments
{
    /// <summary>The value of an argument, or the default of <typeparamref name="T"/> when the arguments have none of that key.</summary>
    /// <typeparam name="T">The key's value type.</typeparam>
    /// <param name="arguments">The arguments of a decision, a route state, a step or a note.</param>
    /// <param name="key">The key, from <see cref="ArgumentKeys"/>.</param>
    /// <returns>The value, or the default.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is null.</exception>
    public static T? Get<T>(this ImmutableArray<DecisionArgument> arguments, ArgumentKey<T> key)
        where T : notnull => arguments.TryGet(key, out var value) ? value : default;

    /// <summary>Finds the value of an argument.</summary>
    /// <typeparam name="T">The key's value type.</typeparam>
    /// <param name="arguments">The arguments of a decision, a route state, a step or a note.</param>
    /// <param name="key">The key, from <see cref="ArgumentKeys"/>.</param>
    /// <param name="value">The value when found, else the default.</param>
    /// <returns>Whether the arguments have one of that key.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is null.</exception>
    public static bool TryGet<T>(this ImmutableArray<DecisionArgument> arguments, ArgumentKey<T> key, out T value)
        where T : notnull
    {
        Preconditions.CheckNotNull(key);
        if (!arguments.IsDefault)
        {
            foreach (var argument in arguments)
            {
                if (string.Equals(argument.Name, key.Name, StringComparison.Ordinal) && argument.Value is T found)
                {
                    value = found;
                    return true;
                }
            }
        }
        value = default!;
        return false;
    }
}
