/** How a confirmation names a task node: task, instance (or CodeArts project), service and region. */
import { serviceName } from '../../tree/labels';
import type { ContainerNode } from '../../tree/containerNode';
import type { TaskNode } from '../../tree/taskNode';
import type { DeleteTargetDescription } from './confirmationText';

export function describeTarget(node: TaskNode): DeleteTargetDescription {
  const container = node.parent;
  const service = container.parent;
  return {
    taskName: node.task.name || node.task.id,
    profileName: service.parent.parent.profile.name,
    containerId: container.container.id,
    containerName: container.container.name || container.container.id,
    containerKind: container.container.kind,
    serviceName: serviceName(service.service.id),
    regionName: service.parent.regionName,
    running: node.task.state === 'running',
  };
}

/** How the log names a task: ids, not the localised names, so support can search for them. */
export function taskLogLabel(container: ContainerNode, taskId: string, taskName: string): string {
  const service = container.parent;
  return `task ${taskId} (${taskName}) of ${container.container.id} in ${service.service.id}/${service.parent.project.name}`;
}
