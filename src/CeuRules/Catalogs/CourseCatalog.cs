using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using CeuRules.Model;
using CeuRules.Utility;

namespace CeuRules.Catalogs;

/// <summary>
/// A training vendor's course catalog: the courses it publishes and the credit each offers to
/// credentials. The catalog states claims; <see cref="CatalogValidator"/> checks them against each
/// credential's policy.
/// </summary>
/// <remarks>Courses keep their order, so that findings can name them by index. This type is immutable and thread-safe.</remarks>
public sealed class CourseCatalog
{
    /// <summary>Creates a catalog.</summary>
    /// <param name="vendor">The vendor's name.</param>
    /// <param name="courses">The courses, in the catalog's order.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="vendor"/> is blank, or a course is null.</exception>
    public CourseCatalog(string vendor, IEnumerable<Course> courses)
    {
        Vendor = Preconditions.CheckNotBlank(vendor);
        Courses = Preconditions.CheckNotNull(courses).ToImmutableArray();
        Preconditions.CheckArgument(Courses.All(c => c is not null), "A course must not be null.", nameof(courses));
    }

    /// <summary>The vendor's name.</summary>
    public string Vendor { get; }

    /// <summary>The courses, in the catalog's order.</summary>
    public ImmutableArray<Course> Courses { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Vendor}: {Courses.Length} courses";
}

/// <summary>
/// A course of a catalog: what it is, how long it lasts, how its time splits across content areas,
/// and the credit it offers to each credential.
/// </summary>
/// <remarks>
/// Values a vendor could get wrong (a zero or absurd duration, content areas that do not add up, a
/// missing completion period) are accepted here and reported by <see cref="CatalogValidator"/>.
/// This type is immutable and thread-safe.
/// </remarks>
public sealed class Course
{
    private readonly ImmutableArray<ContentArea> contentAreas = ImmutableArray<ContentArea>.Empty;
    private readonly ImmutableArray<string> topics = ImmutableArray<string>.Empty;
    private readonly ImmutableArray<CreditOffer> offers = ImmutableArray<CreditOffer>.Empty;
    private readonly int? durationMinutes;
    private readonly int? validMonths;
    private readonly int? completeWithinMonths;

    /// <summary>Creates a course.</summary>
    /// <param name="id">The vendor's course id, unique in the catalog (checked by the validator).</param>
    /// <param name="title">The title.</param>
    /// <param name="kind">The kind of activity it is for a learner, for example <see cref="LearningActivityKind.Course"/> or <see cref="LearningActivityKind.CprCard"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> or <paramref name="title"/> is null.</exception>
    /// <exception cref="ArgumentException">A text is blank or <paramref name="id"/> is longer than <see cref="LearningActivity.MaxIdLength"/>, or <paramref name="kind"/> is the default value.</exception>
    public Course(string id, string title, LearningActivityKind kind)
    {
        Id = Preconditions.CheckNotBlank(id);
        Preconditions.CheckArgument(id.Length <= LearningActivity.MaxIdLength, $"A course id must be at most {LearningActivity.MaxIdLength} characters; was {id.Length}.", nameof(id));
        Title = Preconditions.CheckNotBlank(title);
        Preconditions.CheckArgument(kind.Id is not null, "The kind must not be the default value.", nameof(kind));
        Kind = kind;
    }

    /// <summary>The vendor's course id.</summary>
    public string Id { get; }

    /// <summary>The title.</summary>
    public string Title { get; }

    /// <summary>The kind of activity the course is for a learner.</summary>
    public LearningActivityKind Kind { get; }

    /// <summary>The duration in minutes, or null when not stated. Any value is accepted; the validator reports zero, negative and absurd ones.</summary>
    public int? DurationMinutes
    {
        get => durationMinutes;
        init => durationMinutes = value;
    }

    /// <summary>How the duration splits across content areas. Defaults to empty.</summary>
    /// <exception cref="ArgumentException">On setting: an element is null.</exception>
    public ImmutableArray<ContentArea> ContentAreas
    {
        get => contentAreas;
        init => contentAreas = NotNull(value, nameof(ContentAreas));
    }

    /// <summary>The topics, as the vendor words them. Defaults to empty.</summary>
    /// <exception cref="ArgumentException">On setting: an element is null.</exception>
    public ImmutableArray<string> Topics
    {
        get => topics;
        init => topics = NotNull(value, nameof(Topics));
    }

    /// <summary>
    /// The price a learner pays for the course, or null when the catalog does not state one. The
    /// recommender (CeuRules.Recommendations) minimises the total of these prices; a course without
    /// a price is not recommended when cost is the objective.
    /// </summary>
    public Money? Price { get; init; }

    /// <summary>For a CPR course, the months the card it issues is valid; otherwise null.</summary>
    /// <exception cref="ArgumentOutOfRangeException">On setting: negative.</exception>
    public int? ValidMonths
    {
        get => validMonths;
        init
        {
            if (value is { } months)
            {
                Preconditions.CheckArgumentRange(months, 0, int.MaxValue, nameof(ValidMonths));
            }
            validMonths = value;
        }
    }

    /// <summary>For a self-study course, the months a learner has to complete it after purchase; otherwise null.</summary>
    /// <exception cref="ArgumentOutOfRangeException">On setting: negative.</exception>
    public int? CompleteWithinMonths
    {
        get => completeWithinMonths;
        init
        {
            if (value is { } months)
            {
                Preconditions.CheckArgumentRange(months, 0, int.MaxValue, nameof(CompleteWithinMonths));
            }
            completeWithinMonths = value;
        }
    }

    /// <summary>The credit offered, one offer per credential. Defaults to empty.</summary>
    /// <exception cref="ArgumentException">On setting: an element is null.</exception>
    public ImmutableArray<CreditOffer> Offers
    {
        get => offers;
        init => offers = NotNull(value, nameof(Offers));
    }

    private static ImmutableArray<T> NotNull<T>(ImmutableArray<T> value, string name)
        where T : class
    {
        var list = value.IsDefault ? ImmutableArray<T>.Empty : value;
        Preconditions.CheckArgument(list.All(item => item is not null), "An element must not be null.", name);
        return list;
    }

    /// <inheritdoc />
    public override string ToString() => $"{Id} ({Kind}): {Title}";
}

/// <summary>Minutes of a course spent on one content area (an AAMA category).</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class ContentArea
{
    /// <summary>Creates a content area.</summary>
    /// <param name="category">The category.</param>
    /// <param name="minutes">The minutes spent on it; not negative.</param>
    /// <exception cref="ArgumentException"><paramref name="category"/> is the default value.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minutes"/> is negative.</exception>
    public ContentArea(Category category, int minutes)
    {
        Preconditions.CheckArgument(category.Id is not null, "The category must not be the default value.", nameof(category));
        Preconditions.CheckArgumentRange(minutes, 0, int.MaxValue);
        Category = category;
        Minutes = minutes;
    }

    /// <summary>The category.</summary>
    public Category Category { get; }

    /// <summary>The minutes spent on it.</summary>
    public int Minutes { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Category}: {Minutes} minutes";
}

/// <summary>The credit a course offers to one credential: credit lines of amount, unit, category and approval.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class CreditOffer
{
    /// <summary>Creates an offer.</summary>
    /// <param name="credentialId">The credential's id, for example "aama-cma"; an id no policy knows is reported by the validator.</param>
    /// <param name="credits">The credit lines.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="credentialId"/> is blank, or a line is null.</exception>
    public CreditOffer(string credentialId, IEnumerable<CreditLine> credits)
    {
        CredentialId = Preconditions.CheckNotBlank(credentialId);
        Credits = Preconditions.CheckNotNull(credits).ToImmutableArray();
        Preconditions.CheckArgument(Credits.All(c => c is not null), "A credit line must not be null.", nameof(credits));
    }

    /// <summary>The credential's id.</summary>
    public string CredentialId { get; }

    /// <summary>The credit lines.</summary>
    public ImmutableArray<CreditLine> Credits { get; }

    /// <inheritdoc />
    public override string ToString() => $"{CredentialId}: {string.Join(", ", Credits)}";
}
