using WorkPlanDsl;

// The plan in plans/work-plan.wplan, as a typed catalog: a missing unit or task is a compile error.
var plan = Wplan_Namespace.WorkPlan.Plan;
Console.WriteLine(plan.Title);

foreach (var task in plan.Tasks)
{
    var leads = task.Leads.Count == 0 ? "(no lead)" : string.Join("、", task.Leads);
    Console.WriteLine($"{task.Label}{task.Title}: {leads}; {task.Due}");
}

Console.WriteLine("Tasks without a lead: " + plan.TasksWithoutLead().Count);
