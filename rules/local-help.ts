import { needIds, type Answers, type Need } from './answers.schema';
import {
  areaServicesFor,
  childrensAidSocietiesFor,
  localServicesByNeed,
  type ChildrensAidLine,
} from './services/local';

/**
 * The named help a person can call today (issue 19), read from the directory's named entries for their answers:
 * the plan (`planReferrals`) says which kinds of help, from Ontario's page; this says who, where they live. Kept apart
 * from the plan so that the plan, its reasons and the trainer's every-outcome catalogue stay about the kinds of help.
 */
export type LocalHelp = {
  /** For each need picked, in the order the needs question lists them: the named entries that meet it, best first. */
  byNeed: { need: Need; ids: string[] }[];
  /** The area's own organizations with an anti-trafficking program, whatever the needs. */
  antiTrafficking: string[];
  /** The area's own victim services agencies. */
  victimServices: string[];
  /** The area's children's aid societies (the one for everyone first), with the line to call. */
  childrensAid: ChildrensAidLine[];
};

/**
 * The named help for a set of answers. `french` lists francophone services first (the French pages set it); it
 * never removes one. Areas with no named entry of their own get empty lists: the summary then says so and offers
 * the hotline, which connects callers with local services.
 */
export function localHelpFor(answers: Answers, { french = false }: { french?: boolean } = {}): LocalHelp {
  const who = { region: answers.region, age: answers.age, indigenous: answers.indigenous, french };
  return {
    // In the order the needs question lists them (the answers may hold them in any order).
    byNeed: localServicesByNeed({ ...who, needs: needIds.filter((need) => answers.needs.includes(need)) }),
    antiTrafficking: areaServicesFor({ ...who, kinds: ['anti-trafficking'] }),
    victimServices: areaServicesFor({ ...who, kinds: ['victim-services'] }),
    childrensAid: childrensAidSocietiesFor(answers.region, answers.indigenous),
  };
}
