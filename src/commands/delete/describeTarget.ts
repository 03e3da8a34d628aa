/** How a confirmation names a task: task, profile, instance (or CodeArts project), service and region. */
import type { TaskLocation } from '../../model/location';
import { descriptorOf } from '../../services/descriptors';
import { serviceName } from '../../tree/labels';
import type { DeleteTargetDescription } from './confirmationText';

export function describeTarget(l: TaskLocation): DeleteTargetDescription {
  return {
    taskName: l.task.name || l.task.id,
    profileName: l.profile.name,
    containerId: l.container.id,
    containerName: l.container.name || l.container.id,
    containerKind: descriptorOf(l.service.id).containerKind,
    serviceName: serviceName(l.service.id),
    regionName: l.regionName,
    running: l.task.state === 'running',
  };
}
