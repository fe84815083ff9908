using System;
using CeuRules.Model;
using Xunit;
using static CeuRules.Tests.Build;

namespace CeuRules.Tests.Model;

/// <summary>
/// The documented contract of <see cref="LearningActivity"/> and <see cref="Transcript"/>: argument checks at
/// their limits with the messages they document, value equality over every property (activities and credit
/// lines in order) and the display forms.
/// </summary>
public sealed class ActivityContractTest
{
    public static TheoryData<string> ChangedProperties() =>
        ["id", "kind", "completed-on", "title", "provider", "duration", "purchased-on", "valid-months", "credit-count", "credit"];

    /// <summary>The same activity each time, except for the property named by <paramref name="changed"/>.</summary>
    private static LearningActivity Varied(string changed) =>
        new(changed == "id" ? "a2" : "a1", changed == "kind" ? LearningActivityKind.Conference : LearningActivityKind.Course, changed == "completed-on" ? D(2022, 3, 2) : D(2022, 3, 1))
        {
            Title = changed == "title" ? "Other title" : "Title",
            Provider = changed == "provider" ? "Other provider" : "Provider",
            DurationMinutes = changed == "duration" ? 61 : 60,
            PurchasedOn = changed == "purchased-on" ? D(2022, 1, 2) : D(2022, 1, 1),
            ValidMonths = changed == "valid-months" ? 12 : 24,
            Credits = changed switch
            {
                "credit-count" => [Line(2, "clinical"), Line(1, "general")],
                "credit" => [Line(3, "clinical")],
                _ => [Line(2, "clinical")],
            },
        };

    [Fact]
    public void Activities_with_every_property_equal_are_equal_with_equal_hash_codes()
    {
        var a = Varied("nothing");
        var b = Varied("nothing");
        Assert.True(a.Equals(b));
        Assert.True(a.Equals((object)b));
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
    }

    [Theory]
    [MemberData(nameof(ChangedProperties))]
    public void Activities_differing_in_one_property_are_not_equal(string changed)
    {
        var a = Varied("nothing");
        var b = Varied(changed);
        Assert.False(a.Equals(b));
        Assert.False(b.Equals(a));
    }

    [Fact]
    public void An_activity_equals_itself_and_not_null()
    {
        var a = Varied("nothing");
        Assert.True(a.Equals(a));
        Assert.False(a.Equals(null));
        Assert.False(a.Equals((object)"a1"));
    }

    [Fact]
    public void An_id_of_exactly_the_longest_length_is_accepted()
    {
        var id = new string('x', LearningActivity.MaxIdLength);
        Assert.Equal(id, new LearningActivity(id, LearningActivityKind.Course, D(2022, 3, 1)).Id);
        Assert.Equal(200, LearningActivity.MaxIdLength);
    }

    [Fact]
    public void An_id_one_character_too_long_is_refused_stating_its_length()
    {
        var e = Assert.Throws<ArgumentException>(() => new LearningActivity(new string('x', 201), LearningActivityKind.Course, D(2022, 3, 1)));
        Assert.Equal("id", e.ParamName);
        Assert.StartsWith("An activity id must be at most 200 characters; was 201.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_blank_id_is_refused_showing_it()
    {
        var e = Assert.Throws<ArgumentException>(() => new LearningActivity(" ", LearningActivityKind.Course, D(2022, 3, 1)));
        Assert.Equal("id", e.ParamName);
        Assert.StartsWith("Value must not be empty or white space; was ' '.", e.Message, StringComparison.Ordinal);
        var missing = Assert.Throws<ArgumentNullException>(() => new LearningActivity(null!, LearningActivityKind.Course, D(2022, 3, 1)));
        Assert.Equal("id", missing.ParamName);
    }

    [Fact]
    public void The_default_kind_is_refused()
    {
        var e = Assert.Throws<ArgumentException>(() => new LearningActivity("a", default, D(2022, 3, 1)));
        Assert.Equal("kind", e.ParamName);
        Assert.StartsWith("The kind must not be the default value.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Negative_valid_months_are_refused_and_zero_accepted()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Cpr("c", D(2022, 3, 1), -1));
        Assert.Equal("ValidMonths", e.ParamName);
        Assert.Equal(-1, e.ActualValue);
        Assert.Contains("Value should be in range [0-2147483647]; was -1.", e.Message, StringComparison.Ordinal);
        Assert.Equal(0, Cpr("c", D(2022, 3, 1), 0).ValidMonths);
        Assert.Null(Cpr("c", D(2022, 3, 1), null).ValidMonths);
    }

    [Fact]
    public void Negative_durations_are_refused_naming_the_property_and_zero_accepted()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new LearningActivity("a", LearningActivityKind.Course, D(2022, 3, 1)) { DurationMinutes = -1 });
        Assert.Equal("DurationMinutes", e.ParamName);
        Assert.Contains("Value should be in range [0-2147483647]; was -1.", e.Message, StringComparison.Ordinal);
        Assert.Equal(0, new LearningActivity("a", LearningActivityKind.Course, D(2022, 3, 1)) { DurationMinutes = 0 }.DurationMinutes);
    }

    [Fact]
    public void Default_credits_read_as_empty()
    {
        var activity = new LearningActivity("a", LearningActivityKind.CprCard, D(2022, 3, 1)) { Credits = default };
        Assert.False(activity.Credits.IsDefault);
        Assert.Empty(activity.Credits);
        Assert.Equal(new LearningActivity("a", LearningActivityKind.CprCard, D(2022, 3, 1)), activity);
    }

    [Fact]
    public void A_null_credit_line_is_refused()
    {
        var e = Assert.Throws<ArgumentException>(() => new LearningActivity("a", LearningActivityKind.Course, D(2022, 3, 1)) { Credits = [Line(1, "general"), null!] });
        Assert.Equal("Credits", e.ParamName);
        Assert.StartsWith("A credit line must not be null.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_activity_formats_as_id_kind_and_date()
    {
        Assert.Equal("a1 (course, 2022-03-01)", Varied("nothing").ToString());
        Assert.Equal("card 7 (cpr-card, 2019-11-30)", Cpr("card 7", D(2019, 11, 30)).ToString());
    }

    [Fact]
    public void A_null_activity_list_is_refused_naming_it()
    {
        var e = Assert.Throws<ArgumentNullException>(() => new Transcript(null!));
        Assert.Equal("activities", e.ParamName);
    }

    [Fact]
    public void A_null_activity_is_refused()
    {
        var e = Assert.Throws<ArgumentException>(() => T(Varied("nothing"), null!));
        Assert.Equal("activities", e.ParamName);
        Assert.StartsWith("An activity must not be null.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Transcripts_of_different_lengths_are_not_equal_even_when_one_starts_the_other()
    {
        var one = T(Varied("nothing"));
        var two = T(Varied("nothing"), Varied("id"));
        Assert.False(one.Equals(two));
        Assert.False(two.Equals(one));
        Assert.False(Transcript.Empty.Equals(one));
        Assert.False(one.Equals(Transcript.Empty));
    }

    [Fact]
    public void Transcripts_of_the_same_length_differing_in_an_activity_are_not_equal()
    {
        Assert.False(T(Varied("nothing"), Varied("id")).Equals(T(Varied("nothing"), Varied("title"))));
        Assert.False(T(Varied("id"), Varied("nothing")).Equals(T(Varied("nothing"), Varied("id"))));
    }

    [Fact]
    public void A_transcript_equals_an_identical_one_but_not_null()
    {
        var a = T(Varied("nothing"), Varied("id"));
        Assert.True(a.Equals(T(Varied("nothing"), Varied("id"))));
        Assert.True(a.Equals((object)T(Varied("nothing"), Varied("id"))));
        Assert.True(Transcript.Empty.Equals(T()));
        Assert.False(a.Equals(null));
        Assert.False(Transcript.Empty.Equals(null));
        Assert.Equal(a.GetHashCode(), T(Varied("nothing"), Varied("id")).GetHashCode());
    }

    [Fact]
    public void A_transcript_formats_as_its_size()
    {
        Assert.Equal("Transcript of 2 activities", T(Varied("nothing"), Varied("id")).ToString());
        Assert.Equal("Transcript of 0 activities", Transcript.Empty.ToString());
    }
}
