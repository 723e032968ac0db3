using BenchmarkDotNet.Running;

// Every benchmark class in this assembly is selectable, e.g. --filter '*TsneBenchmarks*' or --list flat.
if (args is ["tcav-profile"])
{
    SocioRunner.Benchmarks.Tcav.TcavProfile.Run();
    return;
}
if (args is ["step-profile", ..])
{
    SocioRunner.Benchmarks.Models.StepProfile.Run(args.Length > 1 ? int.Parse(args[1]) : Environment.ProcessorCount);
    return;
}
if (args is ["pipeline-profile", ..])
{
    SocioRunner.Benchmarks.PipelineProfile.Run(args.Length > 1 ? int.Parse(args[1]) : Environment.ProcessorCount,
        args.Length > 2 ? args[2].Split(',').Select(int.Parse).ToArray() : null, args.Length > 3 && args[3] == "cpu");
    return;
}

if (args is ["augment-profile", ..])
{
    SocioRunner.Benchmarks.AugmentOperationProfile.Run(args.Length > 1 ? int.Parse(args[1]) : 500);
    return;
}

if (args is ["tsne-compare", .. var rest])
{
    SocioRunner.Benchmarks.Tsne.TsneComparison.Run(rest);
    return;
}

if (args is ["tsne-data", var dataPoints, var dataFolder])
{
    SocioRunner.Benchmarks.Tsne.TsneComparison.WriteData(int.Parse(dataPoints, System.Globalization.CultureInfo.InvariantCulture), dataFolder);
    return;
}

if (args is ["tsne-score", .. var scoreArgs])
{
    SocioRunner.Benchmarks.Tsne.TsneScore.Run(scoreArgs);
    return;
}

if (args is ["tsne-profile", .. var profileArgs])
{
    SocioRunner.Benchmarks.Tsne.TsneProfile.Run(profileArgs);
    return;
}

if (args is ["block-swap", .. var swapArgs])
{
    SocioRunner.Benchmarks.Tcav.BlockSwap.Run(swapArgs);
    return;
}

if (args is ["tsne-fft-profile", .. var sizes])
{
    SocioRunner.Benchmarks.Tsne.FftProfile.Run(sizes);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(SocioRunner.Benchmarks.Tsne.TsneBenchmarks).Assembly).Run(args);
