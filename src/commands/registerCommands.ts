/** The command table: every command id, the function behind it, all through the one wrapper. */
import type * as vscode from 'vscode';
import { addProfile } from './addProfile';
import type { CommandContext, CommandHandler } from './commandContext';
import { cleanUpTasks } from './cleanUpTasks';
import { clearFilter } from './clearFilter';
import { copyId, copyTaskId } from './copyId';
import { copyRequestId } from './copyRequestId';
import { deleteTask } from './deleteTask';
import { editKeys } from './editKeys';
import { editProfile } from './editProfile';
import { exportDeletionHistory } from './exportDeletionHistory';
import { filterTasks } from './filterTasks';
import { findTasks } from './findTasks';
import { importKooCliProfiles } from './importKooCliProfiles';
import { loadMore } from './loadMore';
import { openInConsole } from './openInConsole';
import { refresh } from './refresh';
import { registerCommand } from './registerCommand';
import { removeProfile } from './removeProfile';
import { renameProfile } from './renameProfile';
import { showDeletionHistory } from './showDeletionHistory';
import { showLog } from './showLog';
import { showRequiredPermissions } from './showRequiredPermissions';
import { selectProjects } from './selectProjects';
import { showTaskDetails } from './showTaskDetails';

export const COMMANDS: Readonly<Record<string, CommandHandler>> = {
  'huaweicloudTasks.addProfile': addProfile,
  'huaweicloudTasks.editProfile': editProfile,
  'huaweicloudTasks.renameProfile': renameProfile,
  'huaweicloudTasks.removeProfile': removeProfile,
  'huaweicloudTasks.importKooCliProfiles': importKooCliProfiles,
  'huaweicloudTasks.selectProjects': selectProjects,
  'huaweicloudTasks.refresh': refresh,
  'huaweicloudTasks.deleteTask': deleteTask,
  'huaweicloudTasks.showTaskDetails': showTaskDetails,
  'huaweicloudTasks.copyTaskId': copyTaskId,
  'huaweicloudTasks.copyId': copyId,
  'huaweicloudTasks.copyRequestId': copyRequestId,
  'huaweicloudTasks.openInConsole': openInConsole,
  'huaweicloudTasks.editKeys': editKeys,
  'huaweicloudTasks.showRequiredPermissions': showRequiredPermissions,
  'huaweicloudTasks.filterTasks': filterTasks,
  'huaweicloudTasks.clearFilter': clearFilter,
  'huaweicloudTasks.cleanUpTasks': cleanUpTasks,
  'huaweicloudTasks.findTasks': findTasks,
  'huaweicloudTasks.showDeletionHistory': showDeletionHistory,
  'huaweicloudTasks.exportDeletionHistory': exportDeletionHistory,
  'huaweicloudTasks.showLog': showLog,
  'huaweicloudTasks.loadMore': loadMore,
};

export function registerCommands(ctx: CommandContext): vscode.Disposable[] {
  return Object.entries(COMMANDS).map(([id, handler]) => registerCommand(id, handler, ctx));
}
