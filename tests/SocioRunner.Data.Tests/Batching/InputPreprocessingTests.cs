using System.Text.Json.Nodes;
using SocioRunner.Data.Batching;

namespace SocioRunner.Data.Tests.Batching;

public sealed class InputPreprocessingTests
{
    [Fact]
    public void Training_transforms_give_the_evaluation_preprocessing_and_it_round_trips_through_json()
    {
        var minMax = InputPreprocessing.Of(new TransformOptions { Size = 24 });
        var none = InputPreprocessing.Of(new TransformOptions { Size = 32, MinMaxNormalize = false });

        Assert.Equal(new InputPreprocessing(24, ImageNormalization.MinMaxPerImage), minMax);
        Assert.Equal(new InputPreprocessing(32, ImageNormalization.None), none);
        Assert.Equal("""{"size":32,"scale":"rgb-unit","normalization":"none"}""", none.ToJson().ToJsonString());
        Assert.Equal(minMax, InputPreprocessing.FromJson(JsonNode.Parse(minMax.ToJson().ToJsonString()), "x"));
        Assert.Equal(InputPreprocessing.Original(40), InputPreprocessing.FromJson(JsonNode.Parse("""{"size": 40, "normalization": "min-max-per-image"}"""), "x"));
        Assert.Null(InputPreprocessing.FromJson(null, "x"));
    }

    [Theory]
    [InlineData("""{"size": 40, "normalization": "z-score"}""")]
    [InlineData("""{"normalization": "none"}""")]
    [InlineData("""{"size": 0, "normalization": "none"}""")]
    [InlineData("""{"size": 40, "scale": "0-255", "normalization": "none"}""")]
    [InlineData("""[40]""")]
    public void A_record_it_does_not_understand_is_refused_naming_where_it_came_from(string json)
    {
        var error = Assert.Throws<InvalidDataException>(() => InputPreprocessing.FromJson(JsonNode.Parse(json), "model 'probe'"));

        Assert.StartsWith("model 'probe': preprocessing ", error.Message);
    }
}
