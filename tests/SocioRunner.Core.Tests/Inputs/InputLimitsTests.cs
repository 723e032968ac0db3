using SocioRunner.Core.Errors;
using SocioRunner.Core.Inputs;

namespace SocioRunner.Core.Tests.Inputs;

public sealed class InputLimitsTests
{
    [Fact]
    public void Unset_variables_keep_the_defaults()
    {
        Assert.Equal(new InputLimits(), InputLimits.FromEnvironment(_ => null));
        Assert.Equal(20_000, InputLimits.Default.ImageMaxSide);
    }

    [Fact]
    public void Each_variable_overrides_its_limit()
    {
        var environment = new Dictionary<string, string>
        {
            ["SOCIO_YAML_MAX_DEPTH"] = "12", ["SOCIO_YAML_MAX_VALUES"] = "3000", ["SOCIO_IMAGE_MAX_SIDE"] = "60000", ["SOCIO_IMAGE_MAX_PIXELS"] = "4000000000",
        };
        var limits = InputLimits.FromEnvironment(environment.GetValueOrDefault);
        Assert.Equal(new InputLimits { YamlMaxDepth = 12, YamlMaxValues = 3000, ImageMaxSide = 60_000, ImageMaxPixels = 4_000_000_000 }, limits);
    }

    [Theory]
    [InlineData("lots")]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("99999999999")]
    public void A_malformed_value_is_an_input_error_naming_the_variable(string text)
    {
        var error = Assert.Throws<InvalidInputException>(() => InputLimits.FromEnvironment(v => v == "SOCIO_YAML_MAX_DEPTH" ? text : null));
        Assert.Contains($"SOCIO_YAML_MAX_DEPTH='{text}'", error.Message);
    }
}
