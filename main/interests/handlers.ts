import type { interestsContract } from '../../shared/interests/contract';
import type { HandlersFor } from '../core/handler-types';
import type { Services } from '../core/services';

const done = { done: true as const };

export function interestHandlers({ interests, conflicts, conflictManagement, publishedRegister, boardPack }: Services): HandlersFor<keyof typeof interestsContract> {
  return {
    getMyRegister: () => interests.mine(),
    listRegister: () => interests.list(),
    getRegisterEntry: ({ personId }) => interests.entry(personId),
    addRegisterPerson: ({ name, capacity }) => interests.addPerson(name, capacity),
    leaveRegister: ({ personId }) => interests.leave(personId),
    declareInterest: ({ personId, interest }) => interests.declare(personId, interest),
    updateInterest: ({ id, interest }) => interests.update(id, interest),
    confirmDeclaration: ({ personId }) => interests.confirm(personId),
    countOwingDeclarations: () => interests.owing(),

    checkConflicts: ({ action, subject, sampleId, about }) => conflicts.check(action, subject, sampleId, about ?? undefined),
    listOpenRefusals: () => conflictManagement.openRefusals(),
    listConflictCandidates: ({ action, subject, exceptUserId }) => conflictManagement.candidates(action, subject, exceptUserId),
    reassignWork: (input) => {
      conflictManagement.reassign(input);
      return done;
    },
    overrideConflict: (input) => {
      conflictManagement.override(input);
      return done;
    },
    listGivenToMe: () => conflictManagement.givenToMe(),

    publishRegister: ({ path }) => publishedRegister.publish(path),
    getBoardPack: (period) => boardPack.build(period),
    saveBoardPack: ({ from, to, path }) => boardPack.save({ from, to }, path),
  };
}
