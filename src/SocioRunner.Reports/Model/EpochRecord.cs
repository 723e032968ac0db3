namespace SocioRunner.Reports.Model;

/// <summary>One row of history.csv (<c>epoch,train_loss,val_loss,val_r2,lr</c>); validation columns are optional.</summary>
public sealed record EpochRecord(int Epoch, double TrainLoss, double? ValLoss, double? ValR2, double? LearningRate);
